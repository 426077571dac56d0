/*
 * Excel on the web refuses a sync whose request or response is over 5 MB
 * (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded; "Resource limits and
 * performance optimization for Office Add-ins", Excel add-ins). The adapter keeps every sync
 * under PAYLOAD_BUDGET_BYTES by its own estimate: the UTF-8 JSON of the values it sends or
 * expects back, plus an allowance per API call for the JSON around them. The estimate is on the
 * generous side and the budget leaves a fifth of the limit free, so the number of syncs grows
 * with the data's megabytes, never with its number of rows.
 */

export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** Excel on the web's limit for a request and for a response: "5MB", read as the smaller 5,000,000. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Per API call (a set, a load, a method): the action and the object path Office.js sends with it. */
export const CALL_BYTES = 200;

/** UTF-8 length of a string (Swedish letters are two bytes; TextEncoder is not everywhere the pane runs in tests). */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code < 0x800 ? 1 : code >= 0xd800 && code <= 0xdfff ? 1 : 2;
  }
  return bytes;
}

/** Bytes of a value as JSON on the wire. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** Queues operations and syncs only when the next one would take the request over budget. */
export class RequestBudget {
  private spent = 0;
  constructor(
    private context: Excel.RequestContext,
    private budget = PAYLOAD_BUDGET_BYTES,
    /** Called after each sync this budget makes (the pane yields to the event loop there). */
    private afterSync?: () => Promise<void>
  ) {}

  /** Call before queuing `calls` API calls that send `bytes` of values; syncs first if they would not fit. */
  async spend(bytes: number, calls = 1): Promise<void> {
    const cost = bytes + calls * CALL_BYTES;
    if (this.spent > 0 && this.spent + cost > this.budget) {
      await this.context.sync();
      this.spent = 0;
      await this.afterSync?.();
    }
    this.spent += cost;
  }
}
