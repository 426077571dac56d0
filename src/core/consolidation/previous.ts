import { isPrefilledOnly } from "../readReport";
import { type RecognisedRow, type RecognisedTable, recogniseWorkbook } from "../recognise";
import { normalizeRegion, type Region } from "../regions";
import type { SheetGrid } from "../grid";
import type { ActivityTableNumber } from "../tables";
import { isEmptyFormRow, questionOf, wideAnswers } from "./form";
import { lineageOf, parseRows } from "./lineage";
import { LINEAGE_HEADERS, MASTER_REPORT_SHEETS, PREVIOUS_MASTER } from "./names";
import { cellsOf } from "./read";
import { reasons } from "./reasons";
import type { FormEntry, Lineage, MasterRow, RejectedRow } from "./types";

/**
 * An earlier master read back: every region's rows with the lineage the master recorded, so a
 * region that does not resubmit keeps its rows exactly, source included.
 */
export interface PreviousMaster {
  rows: MasterRow[];
  forms: FormEntry[];
  /** Master rows read (table 8: one per region). */
  rowsRead: number;
  /** Rows whose region is none of the 21: they cannot be kept under a region. */
  rejected: RejectedRow[];
}

function lineageFrom(table: RecognisedTable, row: RecognisedRow): Lineage {
  const [file, sheet, rows] = LINEAGE_HEADERS.map((h) => row.extra[h] ?? "");
  const numbers = parseRows(rows);
  if (!file || !numbers.length) return { file: PREVIOUS_MASTER, sheet: table.sheet, row: row.sheetRow };
  return lineageOf(file, sheet, numbers);
}

export function readPrevious(grids: SheetGrid[]): PreviousMaster {
  const sheets = grids.filter((g) => !MASTER_REPORT_SHEETS.includes(g.name));
  const recognition = recogniseWorkbook(sheets);
  const result: PreviousMaster = { rows: [], forms: [], rowsRead: 0, rejected: [] };
  const regionOrReject = (table: RecognisedTable, row: RecognisedRow): Region | null => {
    const region = normalizeRegion(row.values.region ?? "");
    if (!region) {
      const grid = sheets.find((g) => g.name === table.sheet);
      result.rejected.push({
        file: PREVIOUS_MASTER, sheet: table.sheet, row: row.sheetRow, table: table.def.number, region: row.values.region ?? "",
        code: "region-unknown", reason: reasons.regionOfPreviousUnknown(row.values.region ?? ""), cells: cellsOf(grid?.values[row.sheetRow - 1]),
      });
    }
    return region;
  };
  for (const number of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
    const copies = recognition.tables.filter((t) => t.def.number === number);
    const table = copies.find((t) => !t.hidden) ?? copies[0];
    if (!table) continue;
    if (table.def.kind === "activity") {
      for (const row of table.rows.filter((r) => !isPrefilledOnly(r))) {
        result.rowsRead++;
        const region = regionOrReject(table, row);
        if (!region) continue;
        const v = row.values;
        result.rows.push({
          table: number as ActivityTableNumber,
          region,
          values: { region, activity: v.activity ?? "", outputs: v.outputs ?? "", effects: v.effects ?? "", goals: v.goals ?? "" },
          lineage: lineageFrom(table, row),
          from: "previous",
        });
      }
    } else {
      const byRegion = new Map<Region, FormEntry>();
      // The master writes table 8 wide, one row per region; a master in question rows is read too,
      // its rows of one region counted as the one entry they make.
      for (const row of table.rows.filter((r) => !isEmptyFormRow(table, r))) {
        const region = normalizeRegion(row.values.region ?? "");
        if (!region || !byRegion.has(region)) result.rowsRead++;
        if (!regionOrReject(table, row) || !region) continue;
        const entry = byRegion.get(region) ?? { region, answers: [], lineage: lineageFrom(table, row), from: "previous" as const };
        byRegion.set(region, entry);
        if (table.shape === "wide") entry.answers.push(...wideAnswers(row));
        else {
          const question = questionOf(row);
          if (question) entry.answers.push({ question, text: row.values.response ?? "", answer: row.values.answer ?? "" });
        }
      }
      result.forms.push(...byRegion.values());
    }
  }
  return result;
}
