import { cellAddress, type Grid, type SheetGrid } from "./grid";
import { readWorkbook } from "./read";
import { normalizeText } from "./recognise";
import { normalizeRegion } from "./regions";
import { GOAL_SHEET } from "./sheets";
import type { ExtensionGoal } from "./taxonomy";
import { sheetSpec, type SheetSpec } from "./workbookSpec";

/** The row of tables 1–7 the user has selected, and where its Mål cell is. */
export interface GoalRow {
  sheet: string;
  table: number;
  /** 1-based sheet row. */
  row: number;
  goalsAddress: string;
  goalsText: string;
  /** The row's region, else the workbook's, in short form; "" when neither is known. */
  region: string;
}

/** Finds the data row under a selected cell, by the same reader validation uses. */
export function locateGoalRow(grids: SheetGrid[], sheet: string, row: number): GoalRow | null {
  const read = readWorkbook(grids);
  const table = read.recognition.tables.find((t) => t.sheet === sheet && t.def.kind === "activity" && row > t.headerRow && "goals" in t.columns);
  if (!table) return null;
  const values = grids.find((g) => g.name === sheet)?.values[row - 1] ?? [];
  const text = (column: string) => {
    const value = values[table.columns[column]];
    return value === null || value === undefined ? "" : String(value);
  };
  const region = normalizeRegion(text("region")) ?? read.region ?? "";
  return { sheet, table: table.def.number, row, goalsAddress: cellAddress(row, table.columns.goals + 1), goalsText: text("goals"), region };
}

/** Adds references to a Mål cell's text, one per line, keeping what is there and never doubling a line. */
export function mergeGoalText(existing: string, references: readonly string[]): { text: string; added: string[] } {
  const lines = existing.split(/\r?\n/).map((l) => l.trimEnd());
  const present = new Set(lines.map((l) => l.trim().toLowerCase()));
  const added = references.filter((r) => {
    const key = r.trim().toLowerCase();
    if (present.has(key)) return false;
    present.add(key);
    return true;
  });
  const kept = existing.trim() ? lines.join("\n").trimEnd() : "";
  return { text: [kept, ...added].filter(Boolean).join("\n"), added };
}

export { GOAL_SHEET };

/** The workbook's goal sheet, named as people type it ("mål", "Mål "), if it has one. */
export function findGoalSheet(grids: readonly SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => normalizeText(g.name) === normalizeText(GOAL_SHEET));
}

export const GOAL_SHEET_HEADER = ["Region", "Typ", "Kod", "Namn", "Ersätter", "Varianter"] as const;

/** The "Mål" sheet where a region keeps its own RUS goals; validation and the goal picker read it. */
export function goalSheetSpec(goals: readonly ExtensionGoal[]): SheetSpec {
  const rows: Grid = goals.map((g) => [g.region, g.type ?? "", g.code ?? "", g.name, g.replaces ?? "", (g.variants ?? []).join("; ")]);
  return sheetSpec(GOAL_SHEET, {
    values: [[...GOAL_SHEET_HEADER], ...rows],
    columnWidths: [18, 12, 8, 60, 30, 40],
    headerRow: 1,
    frozenRows: 1,
    textRanges: rows.length ? [`A2:F${rows.length + 1}`] : [],
  });
}
