import type ExcelJS from "exceljs";
import { exceljs } from "./exceljsModule";
import { type CellValue, parseRange } from "../core/grid";
import type { SheetSpec, WorkbookSpec } from "../core/workbookSpec";
import { dataValidations } from "./dataValidations";
import { HEADER_FONT, TITLE_FONT } from "./fonts";
import { headerFooterOf, pageSetupOf } from "./pageSetup";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/**
 * Excel reads "_x000a_" in a table column name as a line break; exceljs writes the name
 * unescaped, and a raw line break there makes Excel repair the file (exceljs#2134).
 */
function tableColumnName(header: CellValue): string {
  return String(header ?? "").replace(/\r?\n/g, "_x000a_");
}

type Style = Partial<ExcelJS.Style>;

/** What a cell's style is made of; a cell gets one shared style object per combination (see styleFor). */
const TEXT = 1;
const TITLE = 2;
const HEADER = 4;

const NO_CELLS: CellValue[] = [];

/**
 * One style object per combination, shared by every cell that has it: exceljs then files each cell
 * under a style it has already seen (a WeakMap on the object) instead of serialising the style cell
 * by cell. The objects are per sheet and never changed after a cell gets one.
 */
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

interface Span {
  first: number;
  last: number;
}

/** For each 1-based row, the column spans a list of ranges covers on it. */
function spansByRow(ranges: readonly { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number }[], rows: number): Span[][] {
  const byRow: Span[][] = Array.from({ length: rows + 1 }, () => []);
  for (const r of ranges) {
    for (let row = r.firstRow; row <= Math.min(r.lastRow, rows); row++) byRow[row].push({ first: r.firstColumn, last: r.lastColumn });
  }
  return byRow;
}

const inSpans = (spans: readonly Span[], column: number) => spans.some((s) => column >= s.first && column <= s.last);

/**
 * Every cell is written once, with its final value and style. The result is the workbook the
 * earlier writer made cell by cell: text ranges formatted as text and wrapped, title rows' cells
 * in the title font (and the row's own style), the header row's cells bold on the header fill,
 * table cells that the spec's rows leave out as empty text (what exceljs's addTable writes).
 */
function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    state: spec.hidden ? "hidden" : "visible",
    views: spec.frozenRows ? [{ state: "frozen", ySplit: spec.frozenRows, xSplit: 0 }] : [],
    // As the streaming writer: the print setup, footer and row heights (pageSetup.ts).
    ...(pageSetupOf(spec) ? { pageSetup: pageSetupOf(spec) } : {}),
    ...(headerFooterOf(spec) ? { headerFooter: headerFooterOf(spec) } : {}),
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
  spec.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const column of spec.hiddenColumns ?? []) sheet.getColumn(column).hidden = true;
  const tables = spec.tables.map((table) => ({ table, r: parseRange(table.range) }));
  for (const { table, r } of tables) {
    const header = spec.values[r.firstRow - 1] ?? [];
    const width = r.lastColumn - r.firstColumn + 1;
    // The table's data rows are written with the other values below (once); addTable only needs their count.
    sheet.addTable({
      name: table.name,
      ref: table.range.split(":")[0],
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: Array.from({ length: width }, (_, i) => ({ name: tableColumnName(header[r.firstColumn - 1 + i]), filterButton: true })),
      // As many as the spec has (the table's range is made from them).
      rows: new Array<CellValue[]>(Math.max(0, Math.min(r.lastRow, spec.values.length) - r.firstRow)).fill(NO_CELLS),
    });
  }
  const text = spec.textRanges.map(parseRange);
  const lastRow = Math.max(spec.values.length, spec.headerRow, ...spec.titleRows, ...text.map((r) => r.lastRow), ...tables.map((t) => t.r.lastRow));
  const textSpans = spansByRow(text, lastRow);
  // The rows addTable covers (the spec's, up to the range's end); it wrote an absent data cell as "".
  const written = tables.map((t) => ({ ...t.r, lastRow: Math.max(t.r.firstRow, Math.min(t.r.lastRow, spec.values.length)) }));
  const tableSpans = spansByRow(written, lastRow);
  const tableDataSpans = spansByRow(written.map((r) => ({ ...r, firstRow: r.firstRow + 1 })), lastRow);
  const titles = new Set(spec.titleRows);
  const styleFor = styleCache();

  for (let r = 1; r <= lastRow; r++) {
    const values = spec.values[r - 1] ?? NO_CELLS;
    const header = r === spec.headerRow;
    const spans = [...textSpans[r], ...tableSpans[r]];
    let width = values.length;
    for (const s of spans) width = Math.max(width, s.last);
    const title = titles.has(r);
    if (!width && !title) continue;
    const row = sheet.getRow(r);
    for (let c = 1; c <= width; c++) {
      const given = c - 1 in values;
      const inText = inSpans(textSpans[r], c);
      if (!given && !inText && !inSpans(tableSpans[r], c)) continue;
      const cell = row.getCell(c);
      // exceljs writes a string as a string, never as a formula, so "=x" stays text.
      if (given) cell.value = values[c - 1] === "" ? null : values[c - 1];
      else if (inSpans(tableDataSpans[r], c)) cell.value = "";
      const bits = (inText ? TEXT : 0) | (title ? TITLE : 0) | (header && given ? HEADER : 0);
      if (bits) cell.style = styleFor(bits);
    }
    // The row's own style, as Row.font sets it (its setter would also restyle the cells, shared styles included).
    if (title) (row as unknown as { style: Style }).style.font = TITLE_FONT;
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
}

export function workbookFromSpec(spec: WorkbookSpec): ExcelJS.Workbook {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = "Regionrapport";
  for (const sheet of spec.sheets) writeSheet(workbook, sheet);
  return workbook;
}

export async function writeSpecToFile(spec: WorkbookSpec, path: string): Promise<void> {
  await workbookFromSpec(spec).xlsx.writeFile(path);
}

export async function writeSpecToBuffer(spec: WorkbookSpec): Promise<Uint8Array> {
  const buffer = await workbookFromSpec(spec).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
