import type { SheetGrid } from "./grid";
import { type Recognition, type RecognisedRow, type RecognisedTable, recogniseWorkbook } from "./recognise";
import { normalizeRegion, type Region } from "./regions";
import { type ActivityRow, emptyTables, type FormAnswer, type RegionReport } from "./report";
import { ACTIVITY_TABLES, type ActivityTableNumber, FORM_TABLE } from "./tables";

/**
 * Turns a workbook's grids into one region's report. Only the first visible copy of each
 * table is read here; consolidation reports further copies.
 */

/** A row in which only the region is filled in is the template's empty starting row, not data. */
export function isPrefilledOnly(row: RecognisedRow): boolean {
  return Object.entries(row.values).every(([key, value]) => key === "region" || value === "") && Object.keys(row.extra).length === 0;
}

export function activityRowOf(row: RecognisedRow): ActivityRow {
  const v = row.values;
  return { region: v.region ?? "", activity: v.activity ?? "", outputs: v.outputs ?? "", effects: v.effects ?? "", goals: v.goals ?? "" };
}

export function formAnswersOf(table: RecognisedTable): FormAnswer[] {
  const answers: FormAnswer[] = [];
  for (const row of table.rows) {
    const question = Number(row.values.question);
    const q = FORM_TABLE.questions.find((item) => item.number === question);
    if (!q || (!row.values.response && !row.values.answer)) continue;
    answers.push({ question: q.number, answer: row.values.answer || null, text: row.values.response });
  }
  return answers;
}

/** The copy of a table the report is read from: the first visible one, else the first. */
export function primaryTable(recognition: Recognition, number: number): RecognisedTable | undefined {
  const copies = recognition.tables.filter((t) => t.def.number === number);
  return copies.find((t) => !t.hidden) ?? copies[0];
}

export interface ReadReportResult {
  report: RegionReport | null;
  recognition: Recognition;
  /** Why no report could be made, in Swedish. */
  problem?: string;
}

function regionOf(recognition: Recognition): Region | null {
  const fromInfo = normalizeRegion(recognition.info?.fields.region ?? "");
  if (fromInfo) return fromInfo;
  for (const table of recognition.tables) {
    for (const row of table.rows) {
      const region = normalizeRegion(row.values.region);
      if (region) return region;
    }
  }
  return null;
}

/** `recognition`, when given, is recogniseWorkbook(grids) computed by the caller (it is not recognised again). */
export function readReport(grids: SheetGrid[], recognition: Recognition = recogniseWorkbook(grids)): ReadReportResult {
  const region = regionOf(recognition);
  if (!region) return { report: null, recognition, problem: "Arbetsboken anger ingen av de 21 regionerna." };
  const year = Number(recognition.info?.fields.year);
  const tables = emptyTables();
  for (const def of ACTIVITY_TABLES) {
    const table = primaryTable(recognition, def.number);
    if (table) tables[def.number as ActivityTableNumber] = table.rows.filter((r) => !isPrefilledOnly(r)).map(activityRowOf);
  }
  const form = primaryTable(recognition, FORM_TABLE.number);
  return {
    report: {
      region,
      year: Number.isInteger(year) ? year : NaN,
      contact: recognition.info?.fields.contact || undefined,
      tables,
      table8: form ? formAnswersOf(form) : [],
    },
    recognition,
  };
}
