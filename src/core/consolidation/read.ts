import { cellText, type CellValue, isBlankRow, type SheetGrid } from "../grid";
import { type ExtraText, readableSheets, type RowRejection, readWorkbook, type WorkbookRead } from "../read";
import type { SheetMapping } from "../recognise";
import type { Region } from "../regions";
import { type ExtensionGoal, type Taxonomy } from "../taxonomy";
import { type FindingException, readExceptions, type Severity, type StampStatus, stampStatus, validateWorkbook } from "../validation";
import { workbookGoals } from "./goals";
import type { ReferenceMemo } from "../validation";
import { lineageOf } from "./lineage";
import { addNote, reasonOf } from "./reasons";
import type { ConsolidationInput, ExtraCell, FileNote, FileStatus, FormEntryAnswer, MasterRow, RejectedRow } from "./types";

/** A row that would go into the master, with its cells in case it has to be rejected after all (read on demand). */
export interface Candidate {
  row: MasterRow;
  readonly cells: string[];
}

/** A table 8 answer that would go into the master. */
export interface AnswerCandidate {
  answer: FormEntryAnswer;
  sheet: string;
  readonly cells: string[];
}

/** One input workbook, read: what it would give the master, and what it rejects on its own. */
export interface FileRead {
  file: string;
  fileDate?: string;
  created?: string;
  /** The report year the information sheet states. */
  year?: number;
  region: Region | null;
  status: FileStatus;
  activity: Candidate[];
  answers: AnswerCandidate[];
  rejected: RejectedRow[];
  extraCells: ExtraCell[];
  rowsRead: number;
  emptyTemplateRows: number;
  findings: Record<Severity, number>;
  /** Findings per table number; workbook-level ones in workbookFindings. */
  findingsByTable: Record<number, Record<Severity, number>>;
  workbookFindings: Record<Severity, number>;
  /** What happened to the file, as codes; messages are their Swedish texts, in step. */
  notes: FileNote[];
  messages: string[];
  /** The reviewer's accepted warnings recorded in the workbook: they travel with its rows into the master. */
  exceptions: FindingException[];
  /** Whether the workbook was validated, and unchanged since (its validation stamp). */
  stamp?: StampStatus;
  /** The region's own RUS goals from the workbook's "Mål" sheet (goals.ts), carried into the master's. */
  goals?: ExtensionGoal[];
}

export interface ReadOptions {
  taxonomy: Taxonomy;
  validate: boolean;
  /** References recognised in this run, shared by every file's validation and the goal coverage. */
  references?: ReferenceMemo;
  /** The coordinator's mappings of sheets to tables (for every file, or the one they name). */
  mappings?: readonly SheetMapping[];
}

const zero = (): Record<Severity, number> => ({ fel: 0, varning: 0 });

function emptyRead(file: string, fileDate?: string): FileRead {
  return {
    file,
    ...(fileDate ? { fileDate } : {}),
    region: null,
    status: "used",
    activity: [],
    answers: [],
    rejected: [],
    extraCells: [],
    rowsRead: 0,
    emptyTemplateRows: 0,
    findings: zero(),
    findingsByTable: {},
    workbookFindings: zero(),
    notes: [],
    messages: [],
    exceptions: [],
  };
}

/** The sheet row's cells as text, from column A, trailing blanks cut. */
export function cellsOf(values: readonly CellValue[] | undefined): string[] {
  const cells = (values ?? []).map((v) => cellText(v));
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells;
}

export function readInput(input: ConsolidationInput, options: ReadOptions): FileRead {
  if ("error" in input) {
    const read = emptyRead(input.file);
    read.status = "unreadable";
    addNote(read, "unreadable", { file: input.file, kind: input.errorKind ?? "", detail: input.error, detailEnglish: input.errorEnglish ?? "" });
    return read;
  }
  const read = readGrids(input.file, input.grids, input.fileDate, options, input.regrid);
  const replaced = input.replacements ?? [];
  if (replaced.length) {
    const cells = replaced.slice(0, 10).map((c) => `${c.sheet}!${c.cell} (${c.characters.join(", ")})`).join(", ");
    addNote(read, "replaced", { count: replaced.length, cells, more: replaced.length > 10 ? 1 : 0 });
  }
  return read;
}

/** A rejection of the reader as a row of Avvisat: its reason in words and its cells. */
export function rejectedRow(file: string, grid: SheetGrid | undefined, r: RowRejection): RejectedRow {
  return {
    file,
    sheet: r.sheet,
    row: r.row,
    ...(r.rows ? { rows: r.rows } : {}),
    table: r.table,
    ...(r.question ? { question: r.question } : {}),
    region: r.region,
    code: r.code,
    params: r.params,
    reason: reasonOf(r.code, r.params),
    cells: cellsOf(grid?.values[r.row - 1]),
  };
}

function readGrids(file: string, allGrids: SheetGrid[], fileDate: string | undefined, options: ReadOptions, regrid?: () => SheetGrid[]): FileRead {
  const read = emptyRead(file, fileDate);
  const workbook = readWorkbook(allGrids, { master: false, file, mappings: options.mappings?.filter((m) => !m.file || m.file === file) });
  if (workbook.grids.every((g) => g.values.every((row) => isBlankRow(row)))) {
    read.status = "empty";
    addNote(read, "empty");
    return read;
  }
  read.exceptions = readExceptions(allGrids);
  read.stamp = stampStatus(allGrids);
  read.created = workbook.info?.fields.created || undefined;
  if (!read.created) delete read.created;
  if (workbook.year !== null) read.year = workbook.year;
  if (options.validate) countFindings(read, allGrids, workbook, options.taxonomy, options.references);
  const { recognition } = workbook;
  if (!recognition.tables.length && !recognition.headerless.length && !recognition.unplaced.length) {
    read.status = "no-tables";
    addNote(read, "no-tables", { sheets: workbook.grids.map((g) => `"${g.name}"`).join(", ") });
    return read;
  }
  const gridOf = new Map(workbook.grids.map((g) => [g.name, g]));
  read.region = workbook.region;
  const goals = workbookGoals(allGrids, workbook.region, options.taxonomy);
  if (goals.length) read.goals = goals;
  if (workbook.regionFrom === "rows") addNote(read, "region-from-rows", { region: workbook.region!, info: workbook.info?.fields.region ?? "" });
  if (workbook.regionFrom === "title") addNote(read, "region-from-title", { region: workbook.region! });
  if (workbook.regionFrom === "file") addNote(read, "region-from-file", { region: workbook.region! });
  if (workbook.regionProblem) {
    read.status = workbook.regionProblem;
    const problem = workbook.regionProblem;
    const regions = workbook.rowRegions.join(", ");
    addNote(read, problem, problem === "region-conflict" ? { info: workbook.info?.fields.region ?? "", regions } : problem === "several-regions" ? { regions } : {});
  }

  read.rowsRead = workbook.unitsRead;
  read.emptyTemplateRows = workbook.emptyTemplateRows;
  for (const r of workbook.rejected) read.rejected.push(rejectedRow(file, gridOf.get(r.sheet), r));
  takeRows(read, workbook, regrid ? rowsReadAgain(regrid) : rowsOf(gridOf));
  fileMessages(read, workbook);
  return read;
}

/** A sheet row's cells, when asked: by sheet name and 1-based row. */
type RowSource = (sheet: string, sheetRow: number) => () => string[];

/**
 * Rows read from the grids the file was read into. Each row's closure holds its grid and a number
 * only: holding the reader's row (and through it the whole read of the workbook) for every row of
 * the master kept a third copy of each row alive until the master was written.
 */
function rowsOf(gridOf: Map<string, SheetGrid>): RowSource {
  return (sheet, sheetRow) => {
    const grid = gridOf.get(sheet)!;
    return () => cellsOf(grid.values[sheetRow - 1]);
  };
}

/**
 * Rows read from the file again, the first time one is asked for (a file superseded by another of
 * its region): the read holds no grid. On the 147,000-row bench that is 66 MB of live heap after the
 * reads instead of 165 MB, and less for the collector to go over while the other files are read.
 */
function rowsReadAgain(regrid: () => SheetGrid[]): RowSource {
  let gridOf: Map<string, SheetGrid> | undefined;
  return (sheet, sheetRow) => () => {
    gridOf ??= new Map(readableSheets(regrid()).map((g) => [g.name, g]));
    return cellsOf(gridOf.get(sheet)?.values[sheetRow - 1]);
  };
}

function takeRows(read: FileRead, workbook: WorkbookRead, rowSource: RowSource): void {
  const addExtras = (sheet: string, sheetRow: number, table: number, region: Region, extra: ExtraText[]) => {
    for (const e of extra) read.extraCells.push({ file: read.file, sheet, row: sheetRow, table: table as ExtraCell["table"], region, ...e });
  };
  for (const unit of workbook.rows) {
    const { table, row } = unit;
    const cellsOfRow = rowSource(table.sheet, row.sheetRow);
    const region = unit.region!;
    read.activity.push({
      row: { table: table.def.number as MasterRow["table"], region, values: { ...unit.values, region }, lineage: lineageOf(read.file, table.sheet, row.rows ?? [row.sheetRow]), from: "file" },
      // Needed only if the row is superseded after all: read from the grid then, not copied for every row.
      get cells() {
        return cellsOfRow();
      },
    });
    addExtras(table.sheet, row.sheetRow, table.def.number, region, unit.extra);
  }
  for (const unit of workbook.answers) {
    const { table, row } = unit;
    const cellsOfRow = rowSource(table.sheet, row.sheetRow);
    read.answers.push({
      answer: { question: unit.question, text: unit.text, answer: unit.yesNo, lineage: lineageOf(read.file, table.sheet, row.rows ?? [row.sheetRow]) },
      sheet: table.sheet,
      get cells() {
        return cellsOfRow();
      },
    });
    addExtras(table.sheet, row.sheetRow, table.def.number, unit.region!, unit.extra);
  }
}

/** What the coordinator is told about the file: copies, extra cells, shapes, headers not found, sheets not read. */
function fileMessages(read: FileRead, workbook: WorkbookRead): void {
  for (const t of workbook.tables) {
    const number = t.table.def.number;
    if (!t.primary) {
      const count = read.rejected.filter((r) => r.sheet === t.table.sheet && r.code.startsWith("duplicate-table")).length;
      if (count) addNote(read, "duplicate-table", { table: number, hidden: t.table.hidden ? 1 : 0, used: workbook.primary(number)?.table.sheet ?? "", count });
      continue;
    }
    const extras = read.extraCells.filter((e) => e.sheet === t.table.sheet && e.table === number).length;
    if (extras) addNote(read, "extra-cells", { table: number, sheet: t.table.sheet, count: extras });
    if (t.table.shape === "wide") addNote(read, "wide-form", { sheet: t.table.sheet });
  }
  for (const h of workbook.recognition.headerless) {
    const count = read.rejected.filter((r) => r.sheet === h.sheet).length;
    addNote(read, "header-not-found", { table: h.table, sheet: h.sheet, count });
  }
  for (const u of workbook.recognition.unplaced) {
    const count = read.rejected.filter((r) => r.sheet === u.sheet).length;
    addNote(read, "table-unknown", { sheet: u.sheet, kind: u.kind, count });
  }
  for (const sheet of workbook.unreadSheets) addNote(read, "sheet-not-read", { sheet });
}

function countFindings(read: FileRead, grids: SheetGrid[], workbook: WorkbookRead, taxonomy: Taxonomy, references: ReferenceMemo | undefined): void {
  // The workbook's own read is handed over, so validation does not read it again; so are the
  // references recognised so far, used when the workbook has no taxonomy of its own.
  const result = validateWorkbook(grids, { file: read.file, taxonomy, read: workbook, references });
  read.findings = { ...result.counts };
  for (const f of result.findings) {
    // An accepted warning is not a warning any more (result.counts does not count it either).
    if (f.accepted) continue;
    const bucket = f.table ? (read.findingsByTable[f.table] ??= zero()) : read.workbookFindings;
    bucket[f.severity]++;
  }
}
