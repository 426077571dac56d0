import { SaxesParser } from "saxes";
import { type ReadReason, readReason } from "./readErrorTexts";

/** An XML part could not be parsed; the reader turns it into a WorkbookReadError naming the part. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    /** What is wrong in the part, in every language. */
    readonly why: ReadReason
  ) {
    super(why.sv);
  }
}

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  /** An element opens; `name` without its namespace prefix ("x:c" → "c"). */
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

const local = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Parses one part with saxes (strict XML 1.0: a malformed part is refused, not guessed at). A DTD
 * is refused outright: no workbook needs one, and no entity is ever expanded or fetched.
 */
export function parseXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let failure: ReadReason | undefined;
  parser.on("error", (error) => {
    // The parser's own account of where the XML breaks ("unclosed tag: row"): the same in every language.
    const where = error.message.replace(/^\d+:\d+: /, "");
    failure ??= { sv: where, en: where };
  });
  parser.on("doctype", () => {
    failure ??= readReason((t) => t.dtd());
  });
  parser.on("opentag", (tag) => handlers.open(local(tag.name), tag.attributes as Attributes, tag.isSelfClosing));
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  if (handlers.text) parser.on("text", handlers.text);
  // Large parts go in slices, so that an error stops the work early.
  const SLICE = 1 << 20;
  for (let i = 0; i < xml.length && failure === undefined; i += SLICE) parser.write(xml.slice(i, i + SLICE));
  if (failure === undefined) parser.close();
  if (failure !== undefined) throw new PartError(part, failure);
}
