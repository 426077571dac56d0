/**
 * The master (and templates) as .xlsx with exceljs's streaming writer: rows go out as they are
 * made and are deflated by Node's native zlib, instead of a whole workbook model zipped by pako.
 * Node only (archiver, streams): the pane writes the master through Office.js, and its browser
 * entry never imports this file.
 *
 * Every cell is written once, with its final value and style, as writeWorkbookModel.ts (the
 * full-model writer it replaces, kept as the reference a test compares against) wrote it: text
 * ranges formatted as text and wrapped, title rows in the title font, the header row bold on the
 * header fill, table cells that the spec's rows leave out as empty text. Text that XML cannot
 * carry is replaced by a visible marker and reported (text.ts).
 */
import type ExcelJS from "exceljs";
import { exceljsStreaming } from "./exceljsStreaming";
import { createWriteStream, promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { PassThrough, type Writable } from "node:stream";
import { type CellValue, cellAddress, parseRange } from "../core/grid";
import type { SheetSpec, WorkbookSpec } from "../core/workbookSpec";
import { addDataBars } from "./dataBars";
import { dataValidations } from "./dataValidations";
import { HEADER_FONT, TITLE_FONT } from "./fonts";
import { headerFooterOf, pageSetupOf, rowHeightOf } from "./pageSetup";
import { enableTables } from "./streamTables";
import { type CharacterReplacement, escapeLiteralEscapes, xmlSafe } from "./text";

/** What writing found in the spec: cells whose text had characters XML cannot carry (replaced). */
export interface WriteReport {
  replacements: CharacterReplacement[];
}

export interface WriteOptions {
  /**
   * zlib's deflate level, 1 (fastest) to 9 (smallest). 1 by default: on the 147,000-row master it
   * saves about 0.5 s of CPU against level 6 for a file about a quarter larger (7.0 MB, not 5.5).
   */
  compression?: number;
  /**
   * Text in a shared-strings part, as Excel saves it (on by default); off, each cell holds its text
   * (t="str", exceljs's streaming default): measured no faster on the 147,000-row master and 20 % larger.
   */
  sharedStrings?: boolean;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
type Style = Partial<ExcelJS.Style>;
const TEXT = 1;
const TITLE = 2;
const HEADER = 4;
const NO_CELLS: CellValue[] = [];

function styleCache(): (bits: number) => Style {
  const cache = new Map<number, Style>();
  return (bits) => {
    let style = cache.get(bits);
    if (!style) {
      style = {};
      if (bits & TEXT) style.numFmt = "@";
      if (bits & HEADER) style.font = HEADER_FONT;
      else if (bits & TITLE) style.font = TITLE_FONT;
      if (bits & HEADER) style.fill = HEADER_FILL;
      if (bits & (TEXT | HEADER)) style.alignment = { wrapText: true, vertical: "top" };
      cache.set(bits, style);
    }
    return style;
  };
}

type Range = ReturnType<typeof parseRange>;

/**
 * Rows go straight to the streaming writer's row renderer (exceljs's RowXform, via _writeRow) as
 * the models Row.model would make, without a Row and Cell object per cell: the same XML, a third
 * less work. exceljs 4.4 internals, held by the test that compares this writer with the full-model one.
 */
interface CellModel {
  address: string;
  type: number;
  value: CellValue;
  style: Style;
}
interface RowSink {
  _writeRow(row: { hasValues: boolean; height: number | undefined; model: { cells: CellModel[]; number: number; min: number; max: number; height: number | undefined; style: Style; hidden: boolean; outlineLevel: number; collapsed: boolean } }): void;
}
const valueType = (value: CellValue, { ValueType } = exceljsStreaming()): number =>
  value === null ? ValueType.Null : typeof value === "string" ? ValueType.String : typeof value === "number" ? ValueType.Number : ValueType.Boolean;

/** For each 1-based row, the column spans a list of ranges covers on it (first, last pairs). */
function spansByRow(ranges: readonly Range[], rows: number): number[][] {
  const byRow: number[][] = Array.from({ length: rows + 1 }, () => []);
  for (const r of ranges) for (let row = r.firstRow; row <= Math.min(r.lastRow, rows); row++) byRow[row].push(r.firstColumn, r.lastColumn);
  return byRow;
}

const inSpans = (spans: readonly number[], column: number) => {
  for (let i = 0; i < spans.length; i += 2) if (column >= spans[i] && column <= spans[i + 1]) return true;
  return false;
};

class Sanitizer {
  readonly replacements: CharacterReplacement[] = [];
  text(value: string, sheet: string, cell: string): string {
    const { text, replaced } = xmlSafe(value);
    if (replaced.length) this.replacements.push({ sheet, cell, characters: replaced });
    return text;
  }
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec, addTables: ReturnType<typeof enableTables>, clean: Sanitizer): void {
  const name = clean.text(spec.name, spec.name, "bladnamn");
  const pageSetup = pageSetupOf(spec);
  const sheet = workbook.addWorksheet(name, {
    state: spec.hidden ? "hidden" : "visible",
    views: spec.frozenRows ? [{ state: "frozen", ySplit: spec.frozenRows, xSplit: 0 }] : [],
    ...(pageSetup ? { pageSetup } : {}),
    ...(headerFooterOf(spec) ? { headerFooter: headerFooterOf(spec) } : {}),
  });
  spec.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const column of spec.hiddenColumns ?? []) sheet.getColumn(column).hidden = true;

  const tables = spec.tables.map((table) => ({ table, r: parseRange(table.range) }));
  // A table spans its header and the spec's rows up to the range's end, as addTable made it.
  const written = tables.map(({ r }) => ({ ...r, lastRow: Math.max(r.firstRow, Math.min(r.lastRow, spec.values.length)) }));
  addTables(
    sheet,
    tables.map(({ table, r }, i) => {
      const header = spec.values[r.firstRow - 1] ?? [];
      const w = written[i];
      return {
        name: table.name,
        range: `${cellAddress(w.firstRow, w.firstColumn)}:${cellAddress(w.lastRow, w.lastColumn)}`,
        theme: "TableStyleLight9",
        // Excel reads "_x000a_" in a column name as a line break; a raw one makes it repair the file (exceljs#2134).
        columns: Array.from({ length: w.lastColumn - w.firstColumn + 1 }, (_, c) =>
          clean.text(String(header[r.firstColumn - 1 + c] ?? ""), name, `tabellrubrik ${cellAddress(r.firstRow, r.firstColumn + c)}`).replace(/\r?\n/g, "_x000a_")
        ),
      };
    })
  );

  const text = spec.textRanges.map(parseRange);
  const lastRow = Math.max(spec.values.length, spec.headerRow, ...spec.titleRows, ...text.map((r) => r.lastRow), ...written.map((r) => r.lastRow));
  const textSpans = spansByRow(text, lastRow);
  const tableSpans = spansByRow(written, lastRow);
  const tableDataSpans = spansByRow(written.map((r) => ({ ...r, firstRow: r.firstRow + 1 })), lastRow);
  const titles = new Set(spec.titleRows);
  const styleFor = styleCache();

  const rows = sheet as unknown as RowSink;
  const noStyle: Style = {};
  const titleStyle: Style = { font: TITLE_FONT };
  for (let r = 1; r <= lastRow; r++) {
    const values = spec.values[r - 1] ?? NO_CELLS;
    const header = r === spec.headerRow;
    let width = values.length;
    for (const spans of [textSpans[r], tableSpans[r]]) for (let i = 1; i < spans.length; i += 2) width = Math.max(width, spans[i]);
    const title = titles.has(r);
    if (!width && !title) continue;
    const cells: CellModel[] = [];
    let min = 0;
    let max = 0;
    for (let c = 1; c <= width; c++) {
      const given = c - 1 in values;
      const inText = inSpans(textSpans[r], c);
      if (!given && !inText && !inSpans(tableSpans[r], c)) continue;
      const address = cellAddress(r, c);
      let value: CellValue = null;
      if (given) {
        const v = values[c - 1];
        // A string is written as a string, never as a formula, so "=x" stays text.
        value = v === "" ? null : typeof v === "string" ? escapeLiteralEscapes(clean.text(v, name, address)) : v;
      } else if (inSpans(tableDataSpans[r], c)) value = "";
      const bits = (inText ? TEXT : 0) | (title ? TITLE : 0) | (header && given ? HEADER : 0);
      cells.push({ address, type: valueType(value), value, style: bits ? styleFor(bits) : noStyle });
      if (!min) min = c;
      max = c;
    }
    // The row's own style, as Row.font set it in the full-model writer (cells made before it keep their own).
    const height = rowHeightOf(spec, r);
    if (cells.length) rows._writeRow({ hasValues: true, height, model: { cells, number: r, min, max, height, style: title ? titleStyle : noStyle, hidden: false, outlineLevel: 0, collapsed: false } });
  }
  for (const validation of spec.validations) {
    dataValidations(sheet).add(validation.range, {
      type: "list",
      allowBlank: true,
      formulae: [validation.source.replace(/^=/, "")],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Värde utanför listan",
      error: "Välj ett värde i listan.",
    });
  }
  addDataBars(sheet, spec.dataBars);
  sheet.commit();
}

/**
 * exceljs's shared-string table keyed by a Map instead of a dictionary-mode object: the same
 * indexes in the same order, a third of the time on a master's million strings.
 */
class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];
  totalRefs = 0;
  get count(): number {
    return this.values.length;
  }
  getString(index: number): string {
    return this.values[index];
  }
  add(value: string): number {
    let index = this.index.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.index.set(value, index);
      this.values.push(value);
    }
    this.totalRefs++;
    return index;
  }
}

/** Writes the spec into a stream; resolves when the zip is complete. */
export async function writeSpecToStream(spec: WorkbookSpec, stream: Writable, options: WriteOptions = {}): Promise<WriteReport> {
  const workbook = new (exceljsStreaming().WorkbookWriter)({
    stream,
    useStyles: true,
    useSharedStrings: options.sharedStrings ?? true,
    zip: { zlib: { level: options.compression ?? 1 } },
  });
  workbook.creator = "Regionrapport";
  (workbook as unknown as { sharedStrings: SharedStrings }).sharedStrings = new SharedStrings();
  const addTables = enableTables(workbook);
  const clean = new Sanitizer();
  for (const sheet of spec.sheets) writeSheet(workbook, sheet, addTables, clean);
  await workbook.commit();
  return { replacements: clean.replacements };
}

/**
 * Writes the workbook to a temporary file beside `path` and renames it into place: a crash or a
 * kill while writing leaves whatever was at `path` intact.
 */
export async function writeSpecToFile(spec: WorkbookSpec, path: string, options: WriteOptions = {}): Promise<WriteReport> {
  const temporary = nodePath.join(nodePath.dirname(path), `.${nodePath.basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // flush: the data is on disk (fsync) before the stream closes, so the rename never exposes a partial file.
    const stream = createWriteStream(temporary, { flush: true });
    const closed = new Promise<void>((resolve, reject) => {
      stream.on("close", resolve);
      stream.on("error", reject);
    });
    // The file may fail while the workbook is still being written (a folder that does not exist, a full
    // disk): that failure ends the write at once, and is the error thrown, not an unhandled rejection.
    const failed = closed.then(() => new Promise<never>(() => undefined));
    const writing = writeSpecToStream(spec, stream, options);
    writing.catch(() => undefined); // after a failed file, whatever the writer says later is not news
    const report = await Promise.race([writing, failed]);
    await closed;
    await fs.rename(temporary, path);
    return report;
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

export async function writeSpecToBuffer(spec: WorkbookSpec, options: WriteOptions = {}): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeSpecToStream(spec, sink, options);
  return new Uint8Array(Buffer.concat(chunks));
}
