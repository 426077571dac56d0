import { type CellValue, type Grid, cellAddress, MAX_COLUMNS, MAX_ROWS, parseRange } from "../core/grid";
import type { ListValidationSpec } from "../core/workbookSpec";
import { LIMITS } from "./limits";
import { formatNumber, isDateFormat, isGeneral } from "./numberFormat";
import type { SharedStrings } from "./parts";
import { type ReadReason, readReason } from "./readErrorTexts";
import { type CharacterReplacement, decodeEscapes, xmlSafe } from "./text";
import { PartError, parseXml } from "./xml";

/** A cell whose value in the file was not text, with what the user saw in it. */
export interface NonTextCell {
  /** A1 address. */
  cell: string;
  row: number;
  column: number;
  /** number (percentages and currencies too), date (a number under a date format), boolean, error, or a formula's result. */
  kind: "number" | "date" | "boolean" | "error" | "formula";
  /** The value as stored: the number, true/false, the error code, the formula's result. */
  value: CellValue;
  /** The value as Excel shows it under the cell's number format (Swedish conventions). */
  shown: string;
}

export interface ParsedSheet {
  values: Grid;
  merges: string[];
  nonText: NonTextCell[];
  validations: ListValidationSpec[];
  frozenRows: number;
  tableRelIds: string[];
}

/** Thrown for a limit met inside a sheet (the caller names the file). */
export class SheetLimitError extends Error {
  constructor(readonly reason: ReadReason) {
    super(reason.sv);
  }
}

export interface SheetContext {
  sheet: string;
  part: string;
  strings: SharedStrings;
  formats: (string | undefined)[];
  date1904: boolean;
  replacements: CharacterReplacement[];
}

const letterValue = (code: number) => code - 64;

/** "AB12" → [12, 28] without a regular expression: this runs once per cell. */
function parseRef(ref: string): [number, number] {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + letterValue(code);
  }
  return [Number(ref.slice(i)), column];
}

/**
 * One worksheet part into a grid and what lies beside it. Only cells with a value take room: a
 * formatted empty cell (down to row 1,048,576) costs its parsing and nothing else. Dropdown and
 * merge ranges are kept as ranges, never expanded into cells.
 */
// A row whose cells are all empty (formatted only: <c r="E9" s="1"/>), or that has none.
const EMPTY_ROW = /<(?:\w+:)?row\b[^<>]*?(?:\/>|>(?:<(?:\w+:)?c\b[^<>]*?\/>)*<\/(?:\w+:)?row>)/g;
const ROW_WITHOUT_NUMBER = /<(?:\w+:)?row\b(?![^<>]*\br=)/;

/**
 * Formatted empty rows down to row 1,048,576 (a whole column formatted as text by some tools)
 * are dropped before parsing, in one pass of a regular expression: they hold nothing, and parsing
 * a million of them would be most of the work. Only where every row carries its number, so no
 * row after them is renumbered.
 */
function withoutEmptyRows(xml: string): string {
  if (xml.length < 1 << 20 || ROW_WITHOUT_NUMBER.test(xml)) return xml;
  return xml.replace(EMPTY_ROW, "");
}

export function parseSheet(source: string, ctx: SheetContext): ParsedSheet {
  const xml = withoutEmptyRows(source);
  const out: ParsedSheet = { values: [], merges: [], nonText: [], validations: [], frozenRows: 0, tableRelIds: [] };
  const grid = out.values;
  let rowsWithValues = 0;
  let lastValueRow = 0;
  let row = 0;
  let column = 0;
  let type = "";
  let style = 0;
  let formula = false;
  let capture: "v" | "t" | "f1" | "sqref" | "" = "";
  let text = "";
  let inlineText = "";
  let inInline = false;
  let phonetic = 0;
  let inCell = false;
  let sheetViews = 0;
  let validation: { type: string; sqref: string; formula: string } | null = null;

  const put = (value: CellValue) => {
    if (row < 1 || row > MAX_ROWS || column < 1 || column > MAX_COLUMNS) throw new PartError(ctx.part, readReason((t) => t.cellOutside(column, row)));
    let cells = grid[row - 1];
    if (!cells) {
      for (let r = grid.length; r < row - 1; r++) grid[r] = [];
      cells = grid[row - 1] = [];
    }
    for (let c = cells.length; c < column - 1; c++) cells[c] = null;
    cells[column - 1] = value;
    if (row !== lastValueRow) {
      lastValueRow = row;
      if (++rowsWithValues > LIMITS.rowsPerSheet) throw new SheetLimitError(readReason((t) => t.tooManyRows(ctx.sheet)));
    }
  };

  const checked = (value: string, address: () => string): string => {
    if (value.length > LIMITS.cellChars) {
      const cell = `${ctx.sheet}!${address()}`;
      throw new SheetLimitError(readReason((t) => t.cellTooLong(cell, value.length)));
    }
    return value;
  };

  const note = (kind: NonTextCell["kind"], value: CellValue, shown: string) => {
    out.nonText.push({ cell: cellAddress(row, column), row, column, kind: formula ? "formula" : kind, value, shown });
  };

  const finishCell = () => {
    const address = () => cellAddress(row, column);
    let value: CellValue = null;
    if (type === "s") {
      const s = text === "" ? undefined : ctx.strings.strings[Number(text)];
      // A reference to a shared text that is not there is damage, not an empty cell.
      if (text !== "" && s === undefined) throw new PartError(ctx.part, readReason((t) => t.missingSharedString(address(), text.slice(0, 12))));
      if (s !== undefined) {
        value = checked(s, address);
        const replaced = ctx.strings.replaced.get(Number(text));
        if (replaced) ctx.replacements.push({ sheet: ctx.sheet, cell: address(), characters: replaced });
      }
    } else if (type === "inlineStr" || type === "str") {
      if (type === "inlineStr" || text !== "") {
        const safe = xmlSafe(decodeEscapes(type === "inlineStr" ? inlineText : text));
        if (safe.replaced.length) ctx.replacements.push({ sheet: ctx.sheet, cell: address(), characters: safe.replaced });
        value = checked(safe.text, address);
        if (formula) note("formula", value, value);
      }
    } else if (text !== "") {
      if (type === "b") {
        value = text === "1" || text === "true";
        note("boolean", value, value ? "SANT" : "FALSKT");
      } else if (type === "e") {
        value = text;
        note("error", value, text);
      } else if (type === "d") {
        // An ISO 8601 date (Strict files): shown as its date, with the time when it has one.
        value = text.replace(/T00:00(:00(\.0+)?)?Z?$/, "").replace("T", " ").replace(/Z$/, "");
        note("date", text, value);
      } else {
        const number = Number(text);
        if (Number.isNaN(number)) throw new PartError(ctx.part, readReason((t) => t.notANumber(address(), text.slice(0, 20))));
        const code = ctx.formats[style];
        const general = isGeneral(code);
        const shown = formatNumber(number, code, ctx.date1904);
        // A General number stays a number (the core writes its digits); one under a format is what the user saw.
        value = general ? number : shown;
        note(!general && isDateFormat(code!) ? "date" : "number", number, shown);
      }
    }
    if (value !== null) put(value);
  };

  parseXml(xml, ctx.part, {
    open(name, a, selfClosing) {
      switch (name) {
        case "row":
          row = a.r ? Number(a.r) : row + 1;
          column = 0;
          return;
        case "c": {
          if (a.r) [row, column] = parseRef(a.r);
          else column++;
          type = a.t ?? "";
          style = a.s ? Number(a.s) : 0;
          formula = false;
          text = "";
          inlineText = "";
          capture = "";
          inCell = true;
          if (selfClosing) inCell = false;
          return;
        }
        case "v":
          if (inCell) {
            capture = "v";
            text = "";
          }
          return;
        case "f":
          if (inCell) formula = true;
          else if (validation && !selfClosing) capture = "f1";
          return;
        case "is":
          inInline = true;
          return;
        case "rPh":
          if (!selfClosing) phonetic++;
          return;
        case "t":
          if (inInline && phonetic === 0 && !selfClosing) capture = "t";
          return;
        case "mergeCell":
          if (a.ref) out.merges.push(a.ref.toUpperCase());
          return;
        case "sheetView":
          sheetViews++;
          return;
        case "pane":
          if (sheetViews === 1 && (a.state === "frozen" || a.state === "frozenSplit")) out.frozenRows = Math.max(0, Math.floor(Number(a.ySplit ?? 0)) || 0);
          return;
        case "dataValidation":
          validation = { type: a.type ?? "", sqref: a.sqref ?? "", formula: "" };
          if (selfClosing) finishValidation();
          return;
        case "formula1":
          if (validation) capture = "f1";
          return;
        case "sqref":
          if (validation) capture = "sqref";
          return;
        case "tablePart": {
          const id = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
          if (id) out.tableRelIds.push(id);
          return;
        }
      }
    },
    close(name) {
      switch (name) {
        case "c":
          if (inCell) finishCell();
          inCell = false;
          capture = "";
          return;
        case "v":
          if (capture === "v") capture = "";
          return;
        case "t":
          if (capture === "t") capture = "";
          return;
        case "is":
          inInline = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "formula1":
        case "f":
        case "sqref":
          if (capture === "f1" || capture === "sqref") capture = "";
          return;
        case "dataValidation":
          finishValidation();
          return;
      }
    },
    text(chunk) {
      if (capture === "v") text += chunk;
      else if (capture === "t") inlineText += chunk;
      else if (capture === "f1" && validation) validation.formula += chunk;
      else if (capture === "sqref" && validation) validation.sqref += chunk;
    },
  });

  function finishValidation() {
    if (validation && validation.type === "list") {
      for (const range of validation.sqref.trim().split(/\s+/)) {
        if (!range) continue;
        try {
          parseRange(range);
        } catch {
          continue;
        }
        out.validations.push({ range: range.toUpperCase(), source: `=${validation.formula.trim()}` });
      }
    }
    validation = null;
    capture = "";
  }

  // A merged block's value lives in its top-left cell; whatever else the file has under it is hidden.
  for (const merge of out.merges) {
    let r: ReturnType<typeof parseRange>;
    try {
      r = parseRange(merge);
    } catch {
      continue;
    }
    for (let rr = r.firstRow; rr <= Math.min(r.lastRow, grid.length); rr++) {
      const cells = grid[rr - 1];
      for (let cc = r.firstColumn; cc <= Math.min(r.lastColumn, cells.length); cc++) if (rr !== r.firstRow || cc !== r.firstColumn) cells[cc - 1] = null;
    }
  }
  return out;
}
