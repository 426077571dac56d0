import { swedishLocal } from "../dates";
import type { SheetGrid } from "../grid";
import type { Region } from "../regions";
import type { Severity } from "../validation";
import { consolidate } from "./consolidate";
import type { ConsolidationInput, ConsolidationResult, DuplicateDecision } from "./types";

/**
 * What the coordinator needs to choose between two workbooks of one region: per candidate its rows per
 * table, its findings, its Skapad and file date in Swedish time, and what it changes against the file
 * in use. The pane runs it in its worker (each candidate is consolidated on its own, and once more against
 * the used one). Whether the dates are a reason (or only seconds apart: "ask") is chooseFiles' decision.
 */
export interface DuplicateCandidate {
  file: string;
  /** Skapad and the file date, in Swedish local time ("2024-02-01", "2026-12-01 19:02"). */
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
  /** "ask": the dates are only seconds apart, no reason: the coordinator chooses. */
  by: DuplicateDecision["by"];
  candidates: DuplicateCandidate[];
}

const local = (text: string | undefined) => (text ? swedishLocal(text) : "");

const gridsOf = (result: ConsolidationResult): SheetGrid[] => result.spec.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]), hidden: s.hidden }));

export function compareDuplicates(result: ConsolidationResult, inputs: readonly ConsolidationInput[], runDate: string): DuplicateComparison[] {
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
        created: local(report.created),
        fileDate: local(report.fileDate),
        rows,
        findings: { ...report.findings },
        ...(differences ? { differences } : {}),
        dropsTables: Object.keys(usedRows).map(Number).filter((t) => usedRows[t] > 0 && !(rows[t] > 0)),
      };
    });
    return { region: decision.region, used: decision.used, by: decision.by, candidates };
  });
}
