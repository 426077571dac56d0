import { consolidate, type ConsolidationInput, type ConsolidationResult, isoDate } from "../core/consolidation";
import type { SheetGrid } from "../core/grid";
import type { Region } from "../core/regions";
import type { Severity } from "../core/validation";

/**
 * What the coordinator needs to choose between two workbooks of one region: per candidate its rows per
 * table, its findings, its Skapad and file date in Swedish time, and what it changes against the file
 * in use. Runs in the worker (each candidate is consolidated on its own, and once more against the used one).
 */
export interface DuplicateCandidate {
  file: string;
  /** Skapad and the file date, in Swedish local time ("2024-02-01", "2026-12-01 19:02:30"). */
  created: string;
  fileDate: string;
  /** Rows in the master per table number, were this file used. */
  rows: Record<number, number>;
  findings: Record<Severity, number>;
  /** Against the file in use (absent for that one). */
  differences?: { added: number; removed: number; changed: number };
  /** Tables the file in use has rows for and this one has none: choosing it drops them. */
  dropsTables: number[];
}

export interface DuplicateComparison {
  region: Region;
  used: string;
  /** "ask": the dates decide, but they are only seconds apart: not a reason, the coordinator chooses. */
  by: "choice" | "created" | "fileDate" | "name" | "ask";
  candidates: DuplicateCandidate[];
}

/** Dates closer than this do not tell which workbook is newer. */
export const SAME_MOMENT_MS = 60_000;

const STOCKHOLM = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** An ISO date or time in Swedish local time, as Swedish Excel shows it; a date alone stays a date. */
export function swedishTime(text: string | undefined): string {
  const iso = isoDate(text);
  if (!iso) return text ?? "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(/Z|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(date.getTime()) ? iso : STOCKHOLM.format(date).replace(",", "");
}

function millis(text: string | undefined): number | null {
  const iso = isoDate(text);
  if (!iso) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? null : ms;
}

const gridsOf = (result: ConsolidationResult): SheetGrid[] => result.spec.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]), hidden: s.hidden }));

export function compareCandidates(result: ConsolidationResult, inputs: readonly ConsolidationInput[], runDate: string): DuplicateComparison[] {
  return result.duplicates.map((decision) => {
    const alone = new Map(
      decision.files.map((file) => {
        const input = inputs.find((i) => i.file === file)!;
        return [file, consolidate([input], { runDate })] as const;
      })
    );
    const usedAlone = alone.get(decision.used)!;
    const rowsOf = (r: ConsolidationResult) => Object.fromEntries(r.board.find((b) => b.region === decision.region)!.tables.map((c) => [c.table, c.rows]));
    const usedRows = rowsOf(usedAlone);
    const candidates = decision.files.map((file): DuplicateCandidate => {
      const own = alone.get(file)!;
      const report = own.files[0];
      const rows = rowsOf(own);
      let differences: DuplicateCandidate["differences"];
      if (file !== decision.used) {
        const against = consolidate([inputs.find((i) => i.file === file)!], { previous: gridsOf(usedAlone), runDate, validate: false });
        const c = against.changes?.find((x) => x.region === decision.region);
        differences = { added: c?.added ?? 0, removed: c?.removed ?? 0, changed: c?.changed ?? 0 };
      }
      return {
        file,
        created: swedishTime(report.created),
        fileDate: swedishTime(report.fileDate),
        rows,
        findings: { ...report.findings },
        ...(differences ? { differences } : {}),
        dropsTables: Object.keys(usedRows).map(Number).filter((t) => usedRows[t] > 0 && !(rows[t] > 0)),
      };
    });
    let by: DuplicateComparison["by"] = decision.by;
    if (by === "created" || by === "fileDate") {
      const reports = decision.files.map((f) => result.files.find((r) => r.file === f));
      const times = reports.map((r) => millis(by === "created" ? r?.created : r?.fileDate));
      if (times.every((t) => t !== null) && Math.max(...(times as number[])) - Math.min(...(times as number[])) < SAME_MOMENT_MS) by = "ask";
    }
    return { region: decision.region, used: decision.used, by, candidates };
  });
}
