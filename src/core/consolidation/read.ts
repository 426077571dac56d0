import { cellAddress, cellText, type CellValue, isBlankRow, type SheetGrid } from "../grid";
import { isPrefilledOnly } from "../readReport";
import { type RecognisedRow, type RecognisedTable, recogniseWorkbook } from "../recognise";
import { normalizeRegion, type Region } from "../regions";
import type { ActivityTableNumber, TableNumber } from "../tables";
import { INFO_SHEET, LISTS_SHEET } from "../template";
import type { Taxonomy } from "../taxonomy";
import { GOAL_SHEET, REPORT_SHEET, type Severity, type ValidationOptions, validateWorkbook } from "../validation";
import type { ReferenceMemo } from "../validation";
import { isEmptyFormRow, questionOf, uncarriedFormCells, wideAnswers } from "./form";
import { lineageOf } from "./lineage";
import { MASTER_REPORT_SHEETS } from "./names";
import { reasons } from "./reasons";
import type { ConsolidationInput, ExtraCell, FileStatus, FormEntry, FormEntryAnswer, MasterRow, RejectCode, RejectedRow } from "./types";

/** A row that would go into the master, with its cells in case it has to be rejected after all (read on demand). */
export interface Candidate {
  row: MasterRow;
  readonly cells: string[];
}

export interface FormCandidate {
  entry: FormEntry;
  sources: { sheet: string; row: number; cells: string[] }[];
}

/** One input workbook, read: what it would give the master, and what it rejects on its own. */
export interface FileRead {
  file: string;
  fileDate?: string;
  created?: string;
  region: Region | null;
  status: FileStatus;
  activity: Candidate[];
  form: FormCandidate | null;
  rejected: RejectedRow[];
  extraCells: ExtraCell[];
  rowsRead: number;
  emptyTemplateRows: number;
  findings: Record<Severity, number>;
  /** Findings per table number (index 1–8); workbook-level ones in workbookFindings. */
  findingsByTable: Record<number, Record<Severity, number>>;
  workbookFindings: Record<Severity, number>;
  messages: string[];
}

export interface ReadOptions {
  taxonomy: Taxonomy;
  validate: boolean;
  /** References recognised in this run, shared by every file's validation and the goal coverage. */
  references?: ReferenceMemo;
}

const zero = (): Record<Severity, number> => ({ fel: 0, varning: 0 });

function emptyRead(file: string, fileDate?: string): FileRead {
  return {
    file,
    ...(fileDate ? { fileDate } : {}),
    region: null,
    status: "used",
    activity: [],
    form: null,
    rejected: [],
    extraCells: [],
    rowsRead: 0,
    emptyTemplateRows: 0,
    findings: zero(),
    findingsByTable: {},
    workbookFindings: zero(),
    messages: [],
  };
}

/** The sheet row's cells as text, from column A, trailing blanks cut. */
export function cellsOf(values: readonly CellValue[] | undefined): string[] {
  const cells = (values ?? []).map((v) => cellText(v));
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells;
}

/** Cells of a row outside the table's recognised columns, with the header they stand under. */
function extraCellsOf(grid: SheetGrid, table: RecognisedTable, sheetRow: number): { cell: string; header: string; text: string }[] {
  const known = new Set(Object.values(table.columns));
  const header = grid.values[table.headerRow - 1] ?? [];
  const out: { cell: string; header: string; text: string }[] = [];
  (grid.values[sheetRow - 1] ?? []).forEach((value, index) => {
    const text = cellText(value);
    if (text && !known.has(index)) out.push({ cell: cellAddress(sheetRow, index + 1), header: cellText(header[index]) || `Kolumn ${index + 1}`, text });
  });
  return out;
}

type RegionCheck = { region: Region } | { code: RejectCode; reason: string };

function checkRegion(text: string, workbook: Region): RegionCheck {
  if (!text) return { region: workbook };
  const region = normalizeRegion(text);
  if (!region) return { code: "region-unknown", reason: reasons.regionUnknown(text) };
  if (region !== workbook) return { code: "region-other", reason: reasons.regionOther(region, workbook) };
  return { region };
}

export function readInput(input: ConsolidationInput, options: ReadOptions): FileRead {
  if ("error" in input) {
    const read = emptyRead(input.file);
    read.status = "unreadable";
    read.messages.push(reasons.unreadable(input.error));
    return read;
  }
  return readGrids(input.file, input.grids, input.fileDate, options);
}

function readGrids(file: string, allGrids: SheetGrid[], fileDate: string | undefined, options: ReadOptions): FileRead {
  const read = emptyRead(file, fileDate);
  // The validation report and a master's report sheets name tables ("Tabell 3") and are not tables.
  const grids = allGrids.filter((g) => g.name !== REPORT_SHEET && !MASTER_REPORT_SHEETS.includes(g.name));
  if (grids.every((g) => g.values.every((row) => isBlankRow(row)))) {
    read.status = "empty";
    read.messages.push(reasons.empty());
    return read;
  }
  const recognition = recogniseWorkbook(grids);
  read.created = recognition.info?.fields.created || undefined;
  if (!read.created) delete read.created;
  if (options.validate) countFindings(read, allGrids, options.taxonomy, { grids, recognition }, options.references);
  if (!recognition.tables.length && !recognition.headerless.length) {
    read.status = "no-tables";
    read.messages.push(reasons.noTables(grids.map((g) => g.name)));
    return read;
  }
  const gridOf = new Map(grids.map((g) => [g.name, g]));

  // The workbook's region: the information sheet's, else the one region its rows name.
  const infoText = recognition.info?.fields.region ?? "";
  let region = normalizeRegion(infoText);
  const named = new Set<Region>();
  for (const table of recognition.tables) for (const row of table.rows) {
    const r = normalizeRegion(row.values.region ?? "");
    if (r) named.add(r);
  }
  let fileReject: { code: RejectCode; reason: string } | null = null;
  if (!region && named.size === 1) {
    region = [...named][0];
    read.messages.push(reasons.regionFromRows(region, infoText));
  } else if (!region && named.size > 1) {
    read.status = "several-regions";
    fileReject = { code: "several-regions", reason: reasons.severalRegions([...named]) };
  } else if (!region) {
    read.status = "no-region";
    fileReject = { code: "no-region", reason: reasons.noRegion() };
  }
  read.region = region;
  if (fileReject) read.messages.push(fileReject.reason);

  const reject = (sheet: string, sheetRow: number, table: TableNumber, rowRegion: string, code: RejectCode, reason: string) => {
    read.rejected.push({ file, sheet, row: sheetRow, table, region: rowRegion, code, reason, cells: cellsOf(gridOf.get(sheet)?.values[sheetRow - 1]) });
  };
  const rowRegionText = (row: RecognisedRow) => normalizeRegion(row.values.region ?? "") ?? (row.values.region || region || "");

  for (const number of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
    const copies = recognition.tables.filter((t) => t.def.number === number);
    const primary = copies.find((t) => !t.hidden) ?? copies[0];
    for (const table of copies) {
      const grid = gridOf.get(table.sheet)!;
      const data = table.rows.filter((row) => {
        const empty = table.def.kind === "activity" ? isPrefilledOnly(row) : isEmptyFormRow(table, row);
        if (empty) read.emptyTemplateRows++;
        return !empty;
      });
      read.rowsRead += data.length;
      if (fileReject) {
        for (const row of data) reject(table.sheet, row.sheetRow, number, rowRegionText(row), fileReject.code, fileReject.reason);
      } else if (table !== primary) {
        const code = table.hidden ? "duplicate-table-hidden" : "duplicate-table";
        const reason = reasons.duplicateTable(number, table.hidden, primary.sheet);
        for (const row of data) reject(table.sheet, row.sheetRow, number, rowRegionText(row), code, reason);
        if (data.length) read.messages.push(`${reason} ${reasons.rowsRejected(data.length)}`);
      } else if (table.def.kind === "activity") {
        readActivityRows(read, grid, table, data, region!, reject);
      } else {
        readFormRows(read, grid, table, data, region!, reject);
      }
    }
  }

  for (const h of recognition.headerless) {
    const grid = gridOf.get(h.sheet)!;
    let count = 0;
    grid.values.forEach((row, r) => {
      if (isBlankRow(row)) return;
      count++;
      read.rowsRead++;
      const code = fileReject?.code ?? "header-not-found";
      reject(h.sheet, r + 1, h.table, region ?? "", code, fileReject?.reason ?? reasons.headerNotFound(h.table));
    });
    read.messages.push(`${reasons.headerNotFound(h.table)} (bladet "${h.sheet}", ${reasons.rowsRejected(count)})`);
  }

  const seen = new Set([...recognition.tables.map((t) => t.sheet), ...recognition.headerless.map((h) => h.sheet)]);
  for (const grid of grids) {
    if (seen.has(grid.name) || grid.name === recognition.info?.sheet) continue;
    if ([INFO_SHEET, LISTS_SHEET, GOAL_SHEET].includes(grid.name) || grid.values.every((row) => isBlankRow(row))) continue;
    read.messages.push(reasons.sheetNotRead(grid.name));
  }
  return read;
}

type Reject = (sheet: string, sheetRow: number, table: TableNumber, region: string, code: RejectCode, reason: string) => void;

function addExtras(read: FileRead, table: RecognisedTable, sheetRow: number, region: Region, cells: { cell: string; header: string; text: string }[]): void {
  for (const c of cells) read.extraCells.push({ file: read.file, sheet: table.sheet, row: sheetRow, table: table.def.number, region, ...c });
}

function readActivityRows(read: FileRead, grid: SheetGrid, table: RecognisedTable, rows: RecognisedRow[], workbook: Region, reject: Reject): void {
  const number = table.def.number as ActivityTableNumber;
  let extras = 0;
  for (const row of rows) {
    const check = checkRegion(row.values.region ?? "", workbook);
    if (!("region" in check)) {
      reject(table.sheet, row.sheetRow, number, row.values.region, check.code, check.reason);
      continue;
    }
    const v = row.values;
    const sheetRow = row.sheetRow;
    read.activity.push({
      row: {
        table: number,
        region: check.region,
        values: { region: check.region, activity: v.activity ?? "", outputs: v.outputs ?? "", effects: v.effects ?? "", goals: v.goals ?? "" },
        lineage: { file: read.file, sheet: table.sheet, row: row.sheetRow },
        from: "file",
      },
      // Needed only if the row is superseded after all: read from the grid then, not copied for every row.
      get cells() {
        return cellsOf(grid.values[sheetRow - 1]);
      },
    });
    const cells = extraCellsOf(grid, table, row.sheetRow);
    extras += cells.length;
    addExtras(read, table, row.sheetRow, check.region, cells);
  }
  if (extras) read.messages.push(reasons.extraCells(number, table.sheet, extras));
}

function readFormRows(read: FileRead, grid: SheetGrid, table: RecognisedTable, rows: RecognisedRow[], workbook: Region, reject: Reject): void {
  const answers: FormEntryAnswer[] = [];
  const sources: FormCandidate["sources"] = [];
  const seen = new Map<number, number>();
  let extras = 0;
  for (const row of rows) {
    const check = checkRegion(row.values.region ?? "", workbook);
    if (!("region" in check)) {
      reject(table.sheet, row.sheetRow, 8, row.values.region, check.code, check.reason);
      continue;
    }
    if (table.shape === "wide") {
      if (sources.length) {
        reject(table.sheet, row.sheetRow, 8, check.region, "form-region-duplicate", reasons.formRegionDuplicate(sources[0].row));
        continue;
      }
      answers.push(...wideAnswers(row));
    } else {
      const question = questionOf(row);
      if (question === null) {
        reject(table.sheet, row.sheetRow, 8, check.region, "form-question-unknown", reasons.formQuestionUnknown(row.values.question ?? ""));
        continue;
      }
      const first = seen.get(question);
      if (first !== undefined) {
        reject(table.sheet, row.sheetRow, 8, check.region, "form-question-duplicate", reasons.formQuestionDuplicate(question, first));
        continue;
      }
      seen.set(question, row.sheetRow);
      answers.push({ question, text: row.values.response ?? "", answer: row.values.answer ?? "" });
    }
    sources.push({ sheet: table.sheet, row: row.sheetRow, cells: cellsOf(grid.values[row.sheetRow - 1]) });
    const cells = [
      ...extraCellsOf(grid, table, row.sheetRow),
      ...Object.entries(uncarriedFormCells(table, row)).map(([header, text]) => ({ cell: cellOfHeader(table, row.sheetRow, header), header, text })),
    ];
    extras += cells.length;
    addExtras(read, table, row.sheetRow, check.region, cells);
  }
  if (extras) read.messages.push(reasons.extraCells(8, table.sheet, extras));
  if (table.shape === "wide") read.messages.push(reasons.wideForm(table.sheet));
  if (!sources.length) return;
  answers.sort((a, b) => a.question - b.question);
  read.form = {
    entry: { region: workbook, answers, lineage: lineageOf(read.file, table.sheet, sources.map((s) => s.row)), from: "file" },
    sources,
  };
}

/** The cell of a recognised column ("Ja/Nej", "Fråga") on a row, for an uncarried form cell. */
function cellOfHeader(table: RecognisedTable, sheetRow: number, header: string): string {
  const key = header === "Ja/Nej" ? "answer" : /^Fråga (\d) Ja\/Nej$/.test(header) ? `answer${header[6]}` : "text";
  const index = table.columns[key];
  return index === undefined ? "" : cellAddress(sheetRow, index + 1);
}

function countFindings(
  read: FileRead,
  grids: SheetGrid[],
  taxonomy: Taxonomy,
  recognised: ValidationOptions["recognised"],
  references: ReferenceMemo | undefined
): void {
  // The workbook's own recognition is handed over: validation uses it when it reads the same sheets;
  // so are the references recognised so far, used when the workbook has no taxonomy of its own.
  const result = validateWorkbook(grids, { file: read.file, taxonomy, recognised, references });
  read.findings = { ...result.counts };
  for (const f of result.findings) {
    const bucket = f.table ? (read.findingsByTable[f.table] ??= zero()) : read.workbookFindings;
    bucket[f.severity]++;
  }
}
