import { builtInFormat } from "./numberFormat";
import { decodeEscapes, xmlSafe } from "./text";
import { type Attributes, parseXml } from "./xml";

/** Targets of a part's relationships by id, resolved to package paths. */
export type Relationships = Map<string, { type: string; target: string }>;

/** "xl/worksheets/sheet1.xml" + "../tables/table1.xml" → "xl/tables/table1.xml". */
export function resolvePath(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRelationships(xml: string | undefined, part: string, relsPart: string): Relationships {
  const rels: Relationships = new Map();
  if (xml === undefined) return rels;
  parseXml(xml, relsPart, {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External") {
        rels.set(a.Id, { type: a.Type ?? "", target: resolvePath(part, a.Target) });
      }
    },
  });
  return rels;
}

const rid = (a: Attributes) => a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];

export interface WorkbookPart {
  /** The root element's name: "workbook" in a spreadsheet, "document" in a Word file. */
  root: string;
  sheets: { name: string; rId: string | undefined; sheetId: string; hidden: boolean }[];
  date1904: boolean;
}

export function parseWorkbookPart(xml: string, part: string): WorkbookPart {
  const result: WorkbookPart = { root: "", sheets: [], date1904: false };
  parseXml(xml, part, {
    open(name, a) {
      result.root ||= name;
      if (name === "sheet") result.sheets.push({ name: a.name ?? "", rId: rid(a), sheetId: a.sheetId ?? "", hidden: a.state === "hidden" || a.state === "veryHidden" });
      else if (name === "workbookPr") result.date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
  });
  return result;
}

/** The shared strings, decoded and made XML-safe; the characters replaced in each, by index. */
export interface SharedStrings {
  strings: string[];
  replaced: Map<number, string[]>;
}

/**
 * Rich text is joined to plain text; phonetic runs (<rPh>, East Asian readings) are not text the
 * user typed and are left out, as Excel leaves them out of the cell.
 */
export function parseSharedStrings(xml: string | undefined, part: string): SharedStrings {
  const result: SharedStrings = { strings: [], replaced: new Map() };
  if (xml === undefined) return result;
  let current: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  parseXml(xml, part, {
    open(name, _a, selfClosing) {
      if (name === "si") current = [];
      else if (name === "t" && !selfClosing && phonetic === 0) inT = true;
      else if (name === "rPh" && !selfClosing) phonetic++;
      if (name === "si" && selfClosing) finish();
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") finish();
    },
    text(text) {
      if (inT && current) current.push(text);
    },
  });
  function finish() {
    if (!current) return;
    const { text, replaced } = xmlSafe(decodeEscapes(current.join("")));
    if (replaced.length) result.replaced.set(result.strings.length, replaced);
    result.strings.push(text);
    current = null;
  }
  return result;
}

/** Each cell style's number format code (by the cell's s index). */
export function parseStyles(xml: string | undefined, part: string): (string | undefined)[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let inCellXfs = false;
  const ids: number[] = [];
  parseXml(xml, part, {
    open(name, a, selfClosing) {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs" && !selfClosing) inCellXfs = true;
      else if (name === "xf" && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  for (const id of ids) formats.push(custom.get(id) ?? builtInFormat(id));
  return formats;
}

export interface TablePart {
  name: string;
  range: string;
}

export function parseTablePart(xml: string, part: string): TablePart | undefined {
  let table: TablePart | undefined;
  parseXml(xml, part, {
    open(name, a) {
      if (name === "table" && !table) table = { name: a.displayName ?? a.name ?? "", range: a.ref ?? "" };
    },
  });
  return table;
}
