import { cellText, type SheetGrid } from "../grid";
import { findTable, TABLES, type TableDef } from "../tables";
import { normalizeText } from "./text";

/** Rows at the top of a sheet where its title is looked for. */
const TITLE_ROWS = 6;

/** Which table a sheet holds, judged by "Tabell N" or a title in its first rows, else by its name. */
export function identifyTable(grid: SheetGrid): TableDef | null {
  for (const row of grid.values.slice(0, TITLE_ROWS)) {
    for (const value of row) {
      const text = normalizeText(cellText(value));
      if (!text) continue;
      const numbered = /^tabell (\d+)\b/.exec(text);
      const def = numbered ? findTable(Number(numbered[1])) : undefined;
      if (def) return def;
      const byTitle = TABLES.find((t) => text.length < 200 && text.includes(normalizeText(t.title)) && t.title.length > 20);
      if (byTitle) return byTitle;
    }
  }
  const byName = /^\s*(?:tabell|tab\.?|t)?\s*(\d+)(?!\d)/i.exec(grid.name);
  const def = byName ? findTable(Number(byName[1])) : undefined;
  if (def) return def;
  const name = normalizeText(grid.name);
  return TABLES.find((t) => normalizeText(t.title).startsWith(name) && name.length >= 5) ?? null;
}
