import ExcelJS from "exceljs";
import { type CellValue, parseRange } from "../core/grid";
import type { SheetSpec, WorkbookSpec } from "../core/workbookSpec";
import { dataValidations } from "./dataValidations";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/**
 * Excel reads "_x000a_" in a table column name as a line break; exceljs writes the name
 * unescaped, and a raw line break there makes Excel repair the file (exceljs#2134).
 */
function tableColumnName(header: CellValue): string {
  return String(header ?? "").replace(/\r?\n/g, "_x000a_");
}

function forEachCell(range: string, visit: (row: number, column: number) => void): void {
  const r = parseRange(range);
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    for (let column = r.firstColumn; column <= r.lastColumn; column++) visit(row, column);
  }
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    state: spec.hidden ? "hidden" : "visible",
    views: spec.frozenRows ? [{ state: "frozen", ySplit: spec.frozenRows, xSplit: 0 }] : [],
  });
  spec.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const column of spec.hiddenColumns ?? []) sheet.getColumn(column).hidden = true;
  for (const range of spec.textRanges) {
    forEachCell(range, (row, column) => {
      const cell = sheet.getCell(row, column);
      cell.numFmt = "@";
      cell.alignment = { wrapText: true, vertical: "top" };
    });
  }
  for (const table of spec.tables) {
    const r = parseRange(table.range);
    const header = spec.values[r.firstRow - 1] ?? [];
    const rows = spec.values.slice(r.firstRow, r.lastRow);
    const width = r.lastColumn - r.firstColumn + 1;
    sheet.addTable({
      name: table.name,
      ref: table.range.split(":")[0],
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: Array.from({ length: width }, (_, i) => ({ name: tableColumnName(header[r.firstColumn - 1 + i]), filterButton: true })),
      rows: rows.map((row) => Array.from({ length: width }, (_, i) => row[r.firstColumn - 1 + i] ?? "")),
    });
  }
  // Values last: they overwrite what addTable wrote (its escaped header names).
  spec.values.forEach((row, r) => {
    row.forEach((value, c) => {
      // exceljs writes a string as a string, never as a formula, so "=x" stays text.
      sheet.getCell(r + 1, c + 1).value = value === "" ? null : value;
    });
  });
  for (const row of spec.titleRows) sheet.getRow(row).font = { bold: true, size: 14 };
  if (spec.headerRow) {
    spec.values[spec.headerRow - 1]?.forEach((_, c) => {
      const cell = sheet.getCell(spec.headerRow, c + 1);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: "top" };
    });
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
  const workbook = new ExcelJS.Workbook();
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
