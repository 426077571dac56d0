import { withPrintLayout } from "../printLayout";
import { REGIONS, type Region } from "../regions";
import { ACTIVITY_TABLES, TABLES } from "../tables";
import { loadTaxonomy, type Taxonomy } from "../taxonomy";
import type { SheetMapping } from "../recognise";
import { exceptionsForMaster, exceptionsSheetSpec, readExceptions, referenceMemo, type Severity } from "../validation";
import { diffRegion } from "./changes";
import { goalCoverage } from "./coverage";
import { masterGoals, masterGoalSheet, masterTaxonomy } from "./goals";
import { chooseFiles } from "./duplicates";
import { mappingsSheet, mergeMappings, readMappings } from "./mappings";
import { PREVIOUS_MASTER } from "./names";
import { readPrevious, type PreviousMaster } from "./previous";
import { addNote } from "./reasons";
import { commonYear, masterReportYear } from "./reportYear";
import { type FileRead, readInput } from "./read";
import { changesSheet, coverageSheet, rejectedSheet, summarySheet } from "./reportSheets";
import { masterTableSheets } from "./tableSheets";
import type {
  BoardRow, ConsolidationInput, ConsolidationOptions, ConsolidationResult, FileReport, FormEntry, MasterTables,
  Reconciliation, ReconciliationLine, RegionChanges,
} from "./types";

let bundled: Taxonomy | undefined;

const zero = (): Record<Severity, number> => ({ fel: 0, varning: 0 });

/** One run, in two steps: each input read as it arrives (so a caller can report progress), then merged. */
export interface Consolidation {
  /** Reads and validates one input workbook. */
  read(input: ConsolidationInput): FileRead;
  /** Merges the reads into the master. */
  finish(reads: readonly FileRead[]): ConsolidationResult;
}

export function startConsolidation(options: ConsolidationOptions = {}): Consolidation {
  const taxonomy = options.taxonomy ?? (bundled ??= loadTaxonomy());
  // Mål cells are recognised once per region and text, for validation and goal coverage alike.
  const references = referenceMemo(taxonomy);
  // The previous master's mappings hold for this run too, unless the coordinator maps the sheet anew.
  const mappings = mergeMappings(options.previous ? readMappings(options.previous) : [], options.mappings ?? []);
  return {
    read: (input) => readInput(input, { taxonomy, validate: options.validate ?? true, references, mappings }),
    finish: (reads) => merge(reads, options, taxonomy, references, mappings),
  };
}

/**
 * Merges the regions' workbooks into one master. Every unit of data of every recognised table (a row
 * of tables 1–7, an answer of table 8) ends up in the master exactly once, with its lineage, or in
 * `rejected` with its reason; the counts are checked here and a mismatch throws. The result depends
 * only on the inputs and options: files are taken in file-name order, regions in publication order,
 * rows in their own order.
 */
export function consolidate(inputs: readonly ConsolidationInput[], options: ConsolidationOptions = {}): ConsolidationResult {
  const run = startConsolidation(options);
  return run.finish(inputs.map((input) => run.read(input)));
}

const byFile = (a: FileRead, b: FileRead) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

function merge(unsorted: readonly FileRead[], options: ConsolidationOptions, taxonomy: Taxonomy, references: ReturnType<typeof referenceMemo>, mappings: SheetMapping[]): ConsolidationResult {
  const reads = [...unsorted].sort(byFile);
  const { decisions } = chooseFiles(reads, options.choices);
  const used = new Map<Region, FileRead>();
  for (const read of reads) if (read.status === "used" && read.region) used.set(read.region, read);
  const previous = options.previous ? readPrevious(options.previous, taxonomy) : null;

  const master = buildMaster(used, previous);
  const reportYear = commonYear([...used.values()].flatMap((r) => (r.year !== undefined ? [r.year] : []))) ?? (options.previous ? masterReportYear(options.previous) : undefined);
  // A workbook for another year is still consolidated (a slip on the information sheet is common), but said.
  for (const read of used.values()) if (reportYear !== undefined && read.year !== undefined && read.year !== reportYear) addNote(read, "year-differs", { year: read.year, reportYear });
  const files = reads.map(fileReport);
  const reconciliation = reconcile(reads, previous, used, master);
  const board = buildBoard(master, used, previous);
  const missingRegions = board.filter((b) => b.source === "none").map((b) => b.region);
  const rejected = [...reads.flatMap((r) => r.rejected), ...(previous?.rejected ?? [])];
  const extraCells = reads.flatMap((r) => r.extraCells);

  let changes: RegionChanges[] | undefined;
  if (previous) {
    changes = REGIONS.filter((region) => used.has(region)).map((region) =>
      diffRegion(
        region,
        { rows: previous.rows.filter((r) => r.region === region), form: previous.forms.find((f) => f.region === region) },
        { rows: used.get(region)!.activity.map((c) => c.row), form: formEntryOf(region, used.get(region)!) }
      )
    );
  }

  const allRows = ACTIVITY_TABLES.flatMap((def) => master.activity[def.number]);
  // The regions' own goals go into the master's Mål sheet, and coverage counts with them.
  const goals = masterGoals(new Map([...used].map(([region, read]) => [region, read.goals ?? []])), previous?.goals ?? []);
  const coverageTaxonomy = masterTaxonomy(taxonomy, goals);
  const spec = withPrintLayout({
    sheets: [
      summarySheet({ board, files, reconciliation, missingRegions, duplicates: decisions, taxonomyVersion: taxonomy.version, runDate: options.runDate, reportYear }),
      ...masterTableSheets(master),
      rejectedSheet(rejected, extraCells),
      coverageSheet(goalCoverage(allRows, coverageTaxonomy, references)),
      ...masterGoalSheet(goals),
      ...(changes ? [changesSheet(changes)] : []),
      ...(mappings.length ? [mappingsSheet(mappings)] : []),
      ...masterExceptions(used, options),
    ],
  });
  return {
    master,
    rejected,
    extraCells,
    files,
    board,
    reconciliation,
    missingRegions,
    duplicates: decisions,
    ...(changes ? { changes } : {}),
    taxonomyVersion: taxonomy.version,
    ...(reportYear !== undefined ? { reportYear } : {}),
    mappings,
    spec,
  };
}

/**
 * The reviewers' accepted warnings, carried with the rows: each region's from the workbook used for it,
 * or from the previous master for a region that kept its rows (exceptions.ts says how they match).
 */
function masterExceptions(used: Map<Region, FileRead>, options: ConsolidationOptions) {
  const previous = options.previous ? readExceptions(options.previous) : [];
  const exceptions = exceptionsForMaster(
    REGIONS.map((region) => {
      const read = used.get(region);
      return read ? { region, file: read.file, exceptions: read.exceptions } : { region, exceptions: previous.filter((e) => e.region === region) };
    })
  );
  return exceptions.length ? [exceptionsSheetSpec(exceptions)] : [];
}

function formEntryOf(region: Region, read: FileRead): FormEntry | undefined {
  return read.answers.length ? { region, answers: read.answers.map((a) => a.answer), from: "file" } : undefined;
}

/** A region with a workbook in this run replaces exactly its own rows; the others keep the previous master's. */
function buildMaster(used: Map<Region, FileRead>, previous: PreviousMaster | null): MasterTables {
  const activity: MasterTables["activity"] = {};
  for (const def of ACTIVITY_TABLES) {
    const n = def.number;
    activity[n] = REGIONS.flatMap((region) => {
      const read = used.get(region);
      if (read) return read.activity.filter((c) => c.row.table === n).map((c) => c.row);
      return previous?.rows.filter((r) => r.region === region && r.table === n) ?? [];
    });
  }
  const form = REGIONS.flatMap((region): FormEntry[] => {
    const read = used.get(region);
    const entry = read ? formEntryOf(region, read) : previous?.forms.find((f) => f.region === region);
    return entry ? [entry] : [];
  });
  return { activity, form };
}

function fileReport(read: FileRead): FileReport {
  return {
    file: read.file,
    region: read.region,
    status: read.status,
    ...(read.created ? { created: read.created } : {}),
    ...(read.fileDate ? { fileDate: read.fileDate } : {}),
    rowsRead: read.rowsRead,
    rowsInMaster: inMaster(read),
    rowsRejected: read.rejected.length,
    emptyTemplateRows: read.emptyTemplateRows,
    findings: read.findings,
    notes: read.notes,
    messages: read.messages,
  };
}

const inMaster = (read: FileRead) => read.activity.length + read.answers.length;

/** Units in the master's tables: rows of tables 1–7 and table 8's answers. */
function masterUnits(master: MasterTables): number {
  const activity = Object.values(master.activity).reduce((n, rows) => n + rows.length, 0);
  return master.form.reduce((n, e) => n + e.answers.length, activity);
}

function reconcile(reads: FileRead[], previous: PreviousMaster | null, used: Map<Region, FileRead>, master: MasterTables): Reconciliation {
  const files: ReconciliationLine[] = reads.map((r) => ({
    source: r.file,
    rowsRead: r.rowsRead,
    rowsInMaster: inMaster(r),
    rowsRejected: r.rejected.length,
    emptyTemplateRows: r.emptyTemplateRows,
  }));
  let previousLine: ReconciliationLine | undefined;
  if (previous) {
    const kept = (region: Region) => !used.has(region);
    const answers = (forms: FormEntry[]) => forms.reduce((n, f) => n + f.answers.length, 0);
    previousLine = {
      source: PREVIOUS_MASTER,
      rowsRead: previous.rowsRead,
      rowsInMaster: previous.rows.filter((r) => kept(r.region)).length + answers(previous.forms.filter((f) => kept(f.region))),
      rowsRejected: previous.rejected.length,
      emptyTemplateRows: 0,
      rowsReplaced: previous.rows.filter((r) => !kept(r.region)).length + answers(previous.forms.filter((f) => !kept(f.region))),
    };
  }
  const lines = [...files, ...(previousLine ? [previousLine] : [])];
  const total: ReconciliationLine = {
    source: "Totalt",
    rowsRead: lines.reduce((n, l) => n + l.rowsRead, 0),
    rowsInMaster: lines.reduce((n, l) => n + l.rowsInMaster, 0),
    rowsRejected: lines.reduce((n, l) => n + l.rowsRejected, 0),
    emptyTemplateRows: lines.reduce((n, l) => n + l.emptyTemplateRows, 0),
    ...(previousLine ? { rowsReplaced: previousLine.rowsReplaced } : {}),
  };
  // Nothing lost, checked on every run: a failure here is a bug, never a property of the input.
  for (const line of [...lines, total]) {
    if (line.rowsRead !== line.rowsInMaster + line.rowsRejected + (line.rowsReplaced ?? 0)) {
      throw new Error(`Avstämningen går inte ihop för ${line.source}: ${line.rowsRead} rader lästa, ${line.rowsInMaster} i sammanställningen, ${line.rowsRejected} avvisade, ${line.rowsReplaced ?? 0} ersatta.`);
    }
  }
  const inTables = masterUnits(master);
  if (inTables !== total.rowsInMaster) {
    throw new Error(`Avstämningen går inte ihop: sammanställningen har ${inTables} rader, men ${total.rowsInMaster} räknades in.`);
  }
  return { files, ...(previousLine ? { previous: previousLine } : {}), total };
}

function buildBoard(master: MasterTables, used: Map<Region, FileRead>, previous: PreviousMaster | null): BoardRow[] {
  return REGIONS.map((region): BoardRow => {
    const read = used.get(region);
    const hadPrevious = !!previous && (previous.rows.some((r) => r.region === region) || previous.forms.some((f) => f.region === region));
    const source = read ? "file" : hadPrevious ? "previous" : "none";
    const tables = TABLES.map((def) => {
      const rows =
        def.kind === "form"
          ? master.form.find((f) => f.region === region)?.answers.length ?? 0
          : master.activity[def.number].filter((r) => r.region === region).length;
      return { table: def.number as BoardRow["tables"][number]["table"], rows, findings: { ...(read?.findingsByTable[def.number] ?? zero()) }, missing: rows === 0 };
    });
    return {
      region,
      received: source !== "none",
      source,
      ...(read ? { file: read.file } : {}),
      ...(read?.stamp ? { stamp: read.stamp } : {}),
      tables,
      workbookFindings: { ...(read?.workbookFindings ?? zero()) },
    };
  });
}
