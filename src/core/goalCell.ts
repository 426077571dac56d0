import { cellAddress, type CellValue, type Grid, type SheetGrid } from "./grid";
import { readWorkbook } from "./read";
import { normalizeText } from "./recognise";
import { normalizeRegion, type Region } from "./regions";
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

/**
 * Where the goal picker can write, read once from the whole workbook: every recognised copy of tables
 * 1–7 that has a Mål column (sheet, header row, columns), and the workbook's region as the reader
 * decides it (the information sheet's, else the titles', the rows' or the file's).
 */
export interface GoalLayout {
  tables: { sheet: string; table: number; headerRow: number; columns: Readonly<Record<string, number>> }[];
  region: Region | null;
}

export function goalLayout(grids: SheetGrid[]): GoalLayout {
  const read = readWorkbook(grids);
  const tables = read.recognition.tables
    .filter((t) => t.def.kind === "activity" && "goals" in t.columns)
    .map((t) => ({ sheet: t.sheet, table: t.def.number, headerRow: t.headerRow, columns: t.columns }));
  return { tables, region: read.region };
}

/** The sheets the layout knows (the picker reads the workbook again when the selection is on another). */
export function layoutKnowsSheet(layout: GoalLayout, sheet: string): boolean {
  return layout.tables.some((t) => t.sheet === sheet);
}

/**
 * The data row at a sheet row, from its cell values (column A first): the table whose header is the
 * nearest above it (a sheet may hold several tables), its Mål cell and region. Null above every header.
 */
export function goalRowAt(layout: GoalLayout, sheet: string, row: number, values: readonly CellValue[]): GoalRow | null {
  const table = layout.tables.filter((t) => t.sheet === sheet && row > t.headerRow).sort((a, b) => b.headerRow - a.headerRow)[0];
  if (!table) return null;
  const text = (column: string) => {
    const value = column in table.columns ? values[table.columns[column]] : undefined;
    return value === null || value === undefined ? "" : String(value);
  };
  const region = normalizeRegion(text("region")) ?? layout.region ?? "";
  return { sheet, table: table.table, row, goalsAddress: cellAddress(row, table.columns.goals + 1), goalsText: text("goals"), region };
}

/** Finds the data row under a selected cell, by the same reader validation uses. */
export function locateGoalRow(grids: SheetGrid[], sheet: string, row: number): GoalRow | null {
  return goalRowAt(goalLayout(grids), sheet, row, grids.find((g) => g.name === sheet)?.values[row - 1] ?? []);
}

/** What separates citations on a line: kept out of what is left when one is taken away. */
const SEPARATORS = /^[\s,;.:•*–-]+|[\s,;•*–-]+$/g;

/**
 * Takes references out of a Mål cell's text (spans from the recogniser, in any order). A line that is
 * only the reference (with a bullet or punctuation) goes altogether; out of a longer line just the
 * span goes, and the separators it leaves doubled are tidied. The rest of the text stays as written.
 */
export function removeGoalText(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of [...spans].sort((a, b) => b.start - a.start)) {
    const lineStart = out.lastIndexOf("\n", start - 1) + 1;
    const lineEndAt = out.indexOf("\n", end);
    const lineEnd = lineEndAt < 0 ? out.length : lineEndAt;
    const rest = (out.slice(lineStart, start) + " " + out.slice(end, lineEnd)).replace(SEPARATORS, "").trim();
    if (!rest) {
      // Drop the line and one of the line breaks around it.
      out = lineEndAt < 0 ? out.slice(0, Math.max(0, lineStart - 1)) : out.slice(0, lineStart) + out.slice(lineEnd + 1);
    } else {
      const before = out.slice(lineStart, start).replace(/[\s,;]+$/, "");
      const after = out.slice(end, lineEnd).replace(/^[\s,;]+/, "");
      // "Agenda 2030: 3 …, 7 …" less goal 3 is "Agenda 2030: 7 …": after a label's colon a space, else a comma.
      const separator = /[:(]$/.test(before) ? " " : /^[.:)]/.test(after) ? "" : ", ";
      const joined = before && after ? `${before}${separator}${after}` : before || after;
      out = out.slice(0, lineStart) + joined + out.slice(lineEnd);
    }
  }
  return out.replace(/\n{3,}/g, "\n\n").replace(/^\n+|\n+$/g, "");
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
