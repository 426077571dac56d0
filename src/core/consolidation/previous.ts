import type { SheetGrid } from "../grid";
import { readWorkbook } from "../read";
import type { RecognisedRow, RecognisedTable } from "../recognise";
import { REGIONS, type Region } from "../regions";
import { type ExtensionGoal, loadTaxonomy, type Taxonomy } from "../taxonomy";
import { workbookGoals } from "./goals";
import { LINEAGE_HEADERS, PREVIOUS_MASTER } from "../sheets";
import { lineageOf, parseRows } from "./lineage";
import { rejectedRow } from "./read";
import type { FormEntry, Lineage, MasterRow, RejectedRow } from "./types";

/**
 * An earlier master read back through the reader (in master mode: every row is of its own region),
 * with the lineage the master recorded, so a region that does not resubmit keeps its rows exactly,
 * source included.
 */
export interface PreviousMaster {
  rows: MasterRow[];
  forms: FormEntry[];
  /** Units read: master rows of tables 1–7 and table 8's answers. */
  rowsRead: number;
  /** Rows whose region is none of the 21 (or that the reader could not place): they cannot be kept under a region. */
  rejected: RejectedRow[];
  /** The regions' own goals from the master's "Mål" sheet (goals.ts). */
  goals: ExtensionGoal[];
}

function lineageFrom(table: RecognisedTable, row: RecognisedRow): Lineage {
  const [file, sheet, rows] = LINEAGE_HEADERS.map((h) => row.extra[h] ?? "");
  const numbers = parseRows(rows);
  if (!file || !numbers.length) return { file: PREVIOUS_MASTER, sheet: table.sheet, row: row.sheetRow };
  return lineageOf(file, sheet, numbers);
}

export function readPrevious(grids: SheetGrid[], taxonomy: Taxonomy = loadTaxonomy()): PreviousMaster {
  const read = readWorkbook(grids, { master: true });
  const gridOf = new Map(read.grids.map((g) => [g.name, g]));
  const rows: MasterRow[] = read.rows.map((unit) => {
    const region = unit.region!;
    return { table: unit.table.def.number as MasterRow["table"], region, values: { ...unit.values, region }, lineage: lineageFrom(unit.table, unit.row), from: "previous" };
  });
  const byRegion = new Map<Region, FormEntry>();
  for (const unit of read.answers) {
    const region = unit.region!;
    const entry = byRegion.get(region) ?? { region, answers: [], from: "previous" as const };
    byRegion.set(region, entry);
    entry.answers.push({ question: unit.question, text: unit.text, answer: unit.yesNo, lineage: lineageFrom(unit.table, unit.row) });
  }
  for (const entry of byRegion.values()) entry.answers.sort((a, b) => a.question - b.question);
  const rejected = read.rejected.map((r) =>
    rejectedRow(PREVIOUS_MASTER, gridOf.get(r.sheet), r.code === "region-unknown" ? { ...r, params: { ...r.params, previous: "ja" } } : r)
  );
  // Every region's goals: the master's Mål sheet holds them all.
  const goals = REGIONS.flatMap((region) => workbookGoals(grids, region, taxonomy));
  return { rows, forms: [...byRegion.values()], rowsRead: read.unitsRead, rejected, goals };
}
