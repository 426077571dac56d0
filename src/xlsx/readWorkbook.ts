import ExcelJS from "exceljs";
import { type CellValue, type Grid, type SheetGrid, parseRange, rangeAddress } from "../core/grid";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { normalizeSnapshot } from "../core/snapshot";
import type { ListValidationSpec } from "../core/workbookSpec";
import { dataValidations } from "./dataValidations";

/** Raised when a file is not a workbook the product can read; says which file and why. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    reason: string
  ) {
    super(`${file}: ${reason}`);
    this.name = "WorkbookReadError";
  }
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** A cell's value as the user sees it: formulas by their result, rich text as plain text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : plainValue(result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if ("error" in value) return (value as ExcelJS.CellErrorValue).error;
  return null;
}

function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged cell's value lives in its top-left cell; the others read as empty.
      values[column - 1] = cell.isMerged && cell.master !== cell ? null : plainValue(cell.value);
    });
    // Holes become null (empty rows []) in place: no copy of a grid that may hold a million cells.
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    grid[rowNumber - 1] = values;
  });
  for (let r = 0; r < grid.length; r++) if (grid[r] === undefined) grid[r] = [];
  return grid;
}

/** exceljs expands a range's dropdown to one entry per cell; fold them back into ranges. */
function validationsOf(sheet: ExcelJS.Worksheet): ListValidationSpec[] {
  const model = dataValidations(sheet).model;
  const groups = new Map<ExcelJS.DataValidation, { firstRow: number; firstColumn: number; lastRow: number; lastColumn: number }>();
  for (const [address, validation] of Object.entries(model)) {
    if (!validation || validation.type !== "list") continue;
    const r = parseRange(address);
    const g = groups.get(validation);
    groups.set(
      validation,
      g
        ? {
            firstRow: Math.min(g.firstRow, r.firstRow),
            firstColumn: Math.min(g.firstColumn, r.firstColumn),
            lastRow: Math.max(g.lastRow, r.lastRow),
            lastColumn: Math.max(g.lastColumn, r.lastColumn),
          }
        : r
    );
  }
  return [...groups].map(([validation, r]) => ({
    range: rangeAddress(r.firstRow, r.firstColumn, r.lastRow, r.lastColumn),
    source: `=${String(validation.formulae?.[0] ?? "")}`,
  }));
}

/** A sheet as read: its grid, and what its snapshot needs besides (small; normalised only when asked for). */
function sheetOf(sheet: ExcelJS.Worksheet): SheetSnapshot {
  const view = sheet.views?.[0] as { state?: string; ySplit?: number } | undefined;
  return {
    name: sheet.name,
    hidden: sheet.state !== "visible",
    values: gridOf(sheet),
    validations: validationsOf(sheet),
    tables: sheet.getTables().map((entry) => {
      const table = (Array.isArray(entry) ? entry[0] : entry) as unknown as { table?: { name: string; tableRef?: string; ref?: string }; name?: string; tableRef?: string };
      const model = table.table ?? (table as { name: string; tableRef?: string; ref?: string });
      return { name: model.name, range: model.tableRef ?? model.ref ?? "" };
    }),
    frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
  };
}

export interface LoadedWorkbook {
  file: string;
  sheets: SheetGrid[];
  /** Made on first use (a normalised copy of every grid): reading for consolidation never needs it. */
  readonly snapshot: WorkbookSnapshot;
}

/** The usual mix-ups, said plainly: an old .xls, a .csv renamed, an empty file. */
function extensionHint(file: string): string {
  const ext = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? "";
  if (ext === ".xls") return " Det äldre .xls-formatet stöds inte: öppna filen i Excel och spara den som .xlsx.";
  return ext === ".xlsx" ? "" : ` Filnamnet slutar inte på .xlsx${ext ? ` utan på ${ext}` : ""}.`;
}

/** Why bytes cannot be a workbook, before exceljs is asked: every .xlsx file is a zip archive ("PK"). */
function notAWorkbook(bytes: Uint8Array, file: string): string | null {
  if (bytes.length === 0) return `filen är tom (0 byte), ingen Excel-arbetsbok.${extensionHint(file)}`;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return `är ingen Excel-arbetsbok (.xlsx): filen är inget zip-arkiv, vilket en .xlsx-fil alltid är.${extensionHint(file)}`;
  return null;
}

/**
 * Reads an .xlsx workbook's bytes into grids and a snapshot; `file` names it in messages.
 * Runs in the browser too (the pane's Sammanställ view); paths are read by readFile.ts.
 */
export async function loadWorkbookBytes(source: Uint8Array, file = "arbetsbok"): Promise<LoadedWorkbook> {
  const problem = notAWorkbook(source, file);
  if (problem) throw new WorkbookReadError(file, problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookReadError(file, `kan inte läsas som en Excel-arbetsbok (.xlsx): ${(error as Error).message}.${extensionHint(file)}`);
  }
  const read = workbook.worksheets.map(sheetOf);
  let snapshot: WorkbookSnapshot | undefined;
  return {
    file,
    sheets: read.map((s) => ({ name: s.name, values: s.values, hidden: s.hidden })),
    get snapshot() {
      return (snapshot ??= normalizeSnapshot({ sheets: read }));
    },
  };
}
