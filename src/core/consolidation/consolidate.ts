import { REGIONS, type Region } from "../regions";
import type { ActivityTableNumber } from "../tables";
import { loadTaxonomy, type Taxonomy } from "../taxonomy";
import type { Severity } from "../validation";
import { referenceMemo } from "../validation";
import { diffRegion } from "./changes";
import { goalCoverage } from "./coverage";
import { chooseFiles } from "./duplicates";
import { PREVIOUS_MASTER } from "./names";
import { readPrevious, type PreviousMaster } from "./previous";
import { type FileRead, readInput } from "./read";
import { changesSheet, coverageSheet, rejectedSheet, summarySheet } from "./reportSheets";
import { masterTableSheets } from "./tableSheets";
import type {
  BoardRow, ConsolidationInput, ConsolidationOptions, ConsolidationResult, FileReport, FormEntry, MasterRow, MasterTables,
  Reconciliation, ReconciliationLine, RegionChanges,
} from "./types";

let bundled: Taxonomy | undefined;

const ACTIVITY_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;
const zero = (): Record<Severity, number> => ({ fel: 0, varning: 0 });

/**
 * Merges the regions' workbooks into one master. Every non-empty data row of every recognised table
 * ends up in the master exactly once, with its lineage, or in `rejected` with its reason; the counts
 * are checked here and a mismatch throws. The result depends only on the inputs and options: files
 * are taken in file-name order, regions in publication order, rows in their own order.
 */
export function consolidate(inputs: readonly ConsolidationInput[], options: ConsolidationOptions = {}): ConsolidationResult {
  const taxonomy = options.taxonomy ?? (bundled ??= loadTaxonomy());
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Mål cells are recognised once per region and text, for validation and goal coverage alike.
  const references = referenceMemo(taxonomy);
  const reads = sorted.map((input) => readInput(input, { taxonomy, validate: options.validate ?? true, references }));
  const { decisions } = chooseFiles(reads, options.choices);
  const used = new Map<Region, FileRead>();
  for (const read of reads) if (read.status === "used" && read.region) used.set(read.region, read);
  const previous = options.previous ? readPrevious(options.previous) : null;

  const master = buildMaster(used, previous);
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
        { rows: used.get(region)!.activity.map((c) => c.row), form: used.get(region)!.form?.entry }
      )
    );
  }

  const allRows = ACTIVITY_NUMBERS.flatMap((n) => master.activity[n]);
  const spec = {
    sheets: [
      summarySheet({ board, files, reconciliation, missingRegions, duplicates: decisions, taxonomyVersion: taxonomy.version, runDate: options.runDate }),
      ...masterTableSheets(master),
      rejectedSheet(rejected, extraCells),
      coverageSheet(goalCoverage(allRows, taxonomy, references)),
      ...(changes ? [changesSheet(changes)] : []),
    ],
  };
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
    spec,
  };
}

/** A region with a workbook in this run replaces exactly its own rows; the others keep the previous master's. */
function buildMaster(used: Map<Region, FileRead>, previous: PreviousMaster | null): MasterTables {
  const activity = {} as Record<ActivityTableNumber, MasterRow[]>;
  for (const n of ACTIVITY_NUMBERS) {
    activity[n] = REGIONS.flatMap((region) => {
      const read = used.get(region);
      if (read) return read.activity.filter((c) => c.row.table === n).map((c) => c.row);
      return previous?.rows.filter((r) => r.region === region && r.table === n) ?? [];
    });
  }
  const form = REGIONS.flatMap((region): FormEntry[] => {
    const read = used.get(region);
    const entry = read ? read.form?.entry : previous?.forms.find((f) => f.region === region);
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
    messages: read.messages,
  };
}

const inMaster = (read: FileRead) => read.activity.length + (read.form?.sources.length ?? 0);

/** Source rows behind the master's rows: a table 8 entry from a workbook stands for the question rows it merged. */
function masterSourceRows(master: MasterTables): number {
  const activity = ACTIVITY_NUMBERS.reduce((n, t) => n + master.activity[t].length, 0);
  return master.form.reduce((n, e) => n + (e.from === "file" ? e.lineage.rows?.length ?? 1 : 1), activity);
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
    previousLine = {
      source: PREVIOUS_MASTER,
      rowsRead: previous.rowsRead,
      rowsInMaster: previous.rows.filter((r) => kept(r.region)).length + previous.forms.filter((f) => kept(f.region)).length,
      rowsRejected: previous.rejected.length,
      emptyTemplateRows: 0,
      rowsReplaced: previous.rows.filter((r) => !kept(r.region)).length + previous.forms.filter((f) => !kept(f.region)).length,
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
  const inTables = masterSourceRows(master);
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
    const tables = [...ACTIVITY_NUMBERS, 8 as const].map((n) => {
      const rows = n === 8 ? Number(master.form.some((f) => f.region === region)) : master.activity[n].filter((r) => r.region === region).length;
      return { rows, findings: { ...(read?.findingsByTable[n] ?? zero()) }, missing: rows === 0 };
    });
    return {
      region,
      received: source !== "none",
      source,
      ...(read ? { file: read.file } : {}),
      tables,
      workbookFindings: { ...(read?.workbookFindings ?? zero()) },
    };
  });
}
