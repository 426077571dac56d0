import { REGIONS, type Region } from "../regions";
import type { FileRead } from "./read";
import { FORM_TABLE } from "../tables";
import { CONSOLIDATION_MESSAGES } from "./messages";
import { addNote, reasonOf } from "./reasons";
import type { DuplicateDecision, RejectedRow } from "./types";

const sv = CONSOLIDATION_MESSAGES.sv;

/**
 * Two workbooks for one region are never both merged. The one used: the coordinator's choice, else
 * the newer by the information sheet's "Skapad", else by the file's date, else the first by file name
 * (said plainly, so the coordinator can choose). The others' rows all go to Avvisat.
 */

/** "2024-01-15", "2024-01-15T10:00", or an Excel date serial (a grid carries the cell's number). */
export function isoDate(text: string | undefined): string | null {
  const value = (text ?? "").trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.replace(" ", "T");
  if (/^\d{5}(\.\d+)?$/.test(value)) return new Date(Math.round((Number(value) - 25569) * 86400000)).toISOString().replace(/\.000Z$/, "Z");
  return null;
}

/** Dates this close are no reason to prefer one workbook: the coordinator is asked to choose. */
export const DATES_APART_SECONDS = 60;

/** The newest read by the date, "close" when every read has the date but the two newest are within DATES_APART_SECONDS, null when some lack it. */
function newest(reads: FileRead[], date: (r: FileRead) => string | null): FileRead | "close" | null {
  const dated = reads.map((r) => ({ r, t: Date.parse(date(r) ?? "") }));
  if (dated.some((x) => Number.isNaN(x.t))) return null;
  const sorted = [...dated].sort((a, b) => b.t - a.t);
  return sorted[0].t - sorted[1].t > DATES_APART_SECONDS * 1000 ? sorted[0].r : "close";
}

export function chooseFiles(reads: FileRead[], choices: Partial<Record<Region, string>> = {}): { decisions: DuplicateDecision[] } {
  const byRegion = new Map<Region, FileRead[]>();
  for (const read of reads) {
    if (read.status !== "used" || !read.region) continue;
    byRegion.set(read.region, [...(byRegion.get(read.region) ?? []), read]);
  }
  const decisions: DuplicateDecision[] = [];
  for (const region of REGIONS) {
    const candidates = byRegion.get(region) ?? [];
    if (candidates.length < 2) continue;
    let used: FileRead;
    let by: DuplicateDecision["by"];
    let date: string | undefined;
    const chosen = candidates.find((r) => r.file === choices[region]);
    const byCreated = newest(candidates, (r) => isoDate(r.created));
    const byFileDate = newest(candidates, (r) => isoDate(r.fileDate));
    if (chosen) {
      [used, by] = [chosen, "choice"];
    } else if (byCreated && byCreated !== "close") {
      [used, by, date] = [byCreated, "created", byCreated.created];
    } else if (byFileDate && byFileDate !== "close") {
      [used, by, date] = [byFileDate, "fileDate", byFileDate.fileDate];
    } else {
      // Inputs are sorted by file name before reading: the first is the first by name.
      [used, by] = [candidates[0], byCreated === "close" || byFileDate === "close" ? "ask" : "name"];
    }
    const why = sv.why[by]({ date: date ?? "" });
    decisions.push({ region, files: candidates.map((r) => r.file), used: used.file, why, by, ...(date ? { date } : {}) });
    for (const other of candidates.filter((r) => r !== used)) supersede(other, used.file, by, date);
  }
  return { decisions };
}

/** Every row the file would have given goes to Avvisat; its extra cells travel with those rows. */
function supersede(read: FileRead, used: string, by: DuplicateDecision["by"], date: string | undefined): void {
  const params = { used, by, date: date ?? "" };
  const reason = reasonOf("superseded", params);
  const region = read.region ?? "";
  const rows = [
    ...read.activity.map((c) => ({ sheet: c.row.lineage.sheet, row: c.row.lineage.row, table: c.row.table as RejectedRow["table"], cells: c.cells })),
    ...read.answers.map((a) => ({ sheet: a.sheet, row: a.answer.lineage.row, table: FORM_TABLE.number, question: a.answer.question, cells: a.cells })),
  ];
  for (const r of rows) read.rejected.push({ file: read.file, region, code: "superseded", params, reason, ...r });
  read.activity = [];
  read.answers = [];
  read.extraCells = [];
  read.status = "superseded";
  addNote(read, "superseded-file", params);
}
