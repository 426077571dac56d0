/*
 * How big a sync's request and response are, measured the way they travel: Excel on the web
 * sends each batch as one JSON request and answers with one JSON response, and refuses either
 * when it is over 5 MB ("Resource limits and performance optimization for Office Add-ins",
 * section Excel add-ins; "Payload size limit best practices" in docs/excel/performance.md says the
 * size combines the number of API calls, the number of objects and the length of the values).
 *
 * What we measure: the UTF-8 bytes of the JSON of every value set or loaded, plus a fixed
 * allowance per queued operation and per loaded object for the JSON around them. The allowances
 * are estimates from office.js's own request shape (each action is an object like
 * {"Id":12,"ActionType":4,"Name":"values","ObjectPathId":11,"ArgumentInfo":{"Arguments":[…]}} and
 * refers to an object path of about the same size; each query result comes back as
 * {"ActionId":12,"Value":{…}}), not a measurement of Excel.
 *
 * Where Microsoft says "5MB" without saying 5,000,000 or 5,242,880 bytes, we take the smaller:
 * a fake may be stricter than Excel, never looser.
 */

export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** A range read (values, text, …) of more cells than this fails on every platform (same article). */
export const READ_CELL_LIMIT = 5_000_000;

/** Per queued operation: the action and its object path in the request. */
export const OPERATION_BYTES = 150;

/** Per loaded object in the response: its result entry around the loaded properties. */
export const RESULT_BYTES = 40;

/** UTF-8 length of a string, without TextEncoder (jsdom, where component tests run, lacks it). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one code point, four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON on the wire. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}
