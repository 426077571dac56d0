import { goalCoverage, masterReportYear, type MasterTables, readPrevious, REJECTED_HEADERS } from "../consolidation";
import { yearBeforeThis } from "../dates";
import { cellText, type SheetGrid } from "../grid";
import { isMasterWorkbook } from "../read";
import { REJECTED_SHEET } from "../sheets";
import { ACTIVITY_TABLES, perActivityTable } from "../tables";
import { loadTaxonomy, type Taxonomy } from "../taxonomy";
import type { PublicationInput, RejectedLine } from "./build";

/**
 * A master workbook (its grids, from a file or the open workbook) as what the publication is made
 * of. The table sheets are read by THE reader, through readPrevious (master mode, lineage kept);
 * the rows the master rejected are only on its Avvisat sheet, so that list is read from there.
 * Goal coverage is counted again from the rows with the bundled taxonomy, as consolidation counts it.
 */
export interface MasterContent {
  master: MasterTables;
  /** Rows Avvisat lists, then rows of the master's own table sheets the reader could not place. */
  rejected: RejectedLine[];
  /** Units the reader took from the table sheets: rows of tables 1–7 and table 8's answers. */
  unitsRead: number;
  /** The report year Sammanställning records (the year most regional workbooks state). */
  reportYear?: number;
}

export class NotAMasterError extends Error {
  name = "NotAMasterError";
}

/** Avvisat's list: from its heading row down to the first row without a row number. */
function rejectedOnSheet(grid: SheetGrid | undefined): RejectedLine[] {
  if (!grid) return [];
  const start = grid.values.findIndex((row) => REJECTED_HEADERS.every((h, i) => cellText(row[i]) === h));
  if (start < 0) return [];
  const lines: RejectedLine[] = [];
  for (const row of grid.values.slice(start + 1)) {
    const number = Number(cellText(row[2]));
    if (!cellText(row[0]) || !Number.isInteger(number) || number < 1) break;
    lines.push({ file: cellText(row[0]), sheet: cellText(row[1]), row: number, table: Number(cellText(row[3])) || 0, region: cellText(row[4]), reason: cellText(row[5]) });
  }
  return lines;
}

export function readMasterContent(grids: SheetGrid[]): MasterContent {
  if (!isMasterWorkbook(grids)) throw new NotAMasterError("Arbetsboken är ingen sammanställning: inget tabellblad har källkolumnerna Källfil, Källblad och Källrad.");
  const previous = readPrevious(grids);
  const activity = perActivityTable<MasterContent["master"]["activity"][number]>(() => []);
  for (const row of previous.rows) activity[row.table].push({ ...row, from: "file" });
  const reportYear = masterReportYear(grids);
  const own = previous.rejected.map((r): RejectedLine => ({ file: r.file, sheet: r.sheet, row: r.row, table: r.table, region: r.region, reason: r.reason }));
  return {
    master: { activity, form: previous.forms.map((f) => ({ ...f, from: "file" })) },
    rejected: [...rejectedOnSheet(grids.find((g) => g.name === REJECTED_SHEET)), ...own],
    unitsRead: previous.rowsRead,
    ...(reportYear !== undefined ? { reportYear } : {}),
  };
}

/**
 * The title page's report year and where it came from: the one asked for, else the one the master's
 * Sammanställning records, else `fallback` (the year before this one). The CLI's publish and the pane's
 * Publikation both decide it here.
 */
export function publicationYear(content: MasterContent, asked?: number, fallback: number = yearBeforeThis()): { year: number; from: "asked" | "master" | "default" } {
  if (asked !== undefined) return { year: asked, from: "asked" };
  if (content.reportYear !== undefined) return { year: content.reportYear, from: "master" };
  return { year: fallback, from: "default" };
}

let bundled: Taxonomy | undefined;

/** The publication's input from a master's content; the appendix only when asked for. */
export function publicationInput(content: MasterContent, options: { year: number; date: string; appendix?: boolean; taxonomy?: Taxonomy }): PublicationInput {
  const input: PublicationInput = { master: content.master, year: options.year, date: options.date };
  if (!options.appendix) return input;
  const rows = ACTIVITY_TABLES.flatMap((def) => content.master.activity[def.number]);
  const coverage = goalCoverage(rows, options.taxonomy ?? (bundled ??= loadTaxonomy()));
  return { ...input, appendix: { coverage, rejected: content.rejected } };
}
