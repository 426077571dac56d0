import { cellText, type SheetGrid } from "../grid";
import type { SheetMapping } from "../recognise";
import { MAPPINGS_SHEET } from "../sheets";
import { findTable } from "../tables";
import { sheetSpec, type SheetSpec } from "../workbookSpec";

/**
 * The coordinator's mappings: for a sheet the recogniser could not place, which table it holds and
 * (optionally) where its header is and which column is which. They come from the pane ("Mappa
 * bladet") or a file (`--map mapping.json`), are kept in the master's hidden sheet "Mappningar", and
 * are used again on the next run and on a resubmission.
 */

const HEADER = ["Fil", "Blad", "Tabell", "Rubrikrad", "Kolumner"] as const;

/** "activity=B; outputs=C": a mapping's columns as the sheet keeps them. */
function columnsText(columns: SheetMapping["columns"]): string {
  return Object.entries(columns ?? {})
    .map(([field, letter]) => `${field}=${letter}`)
    .join("; ");
}

export function mappingsSheet(mappings: readonly SheetMapping[]): SheetSpec {
  const rows = mappings.map((m) => [m.file ?? "", m.sheet, String(m.table), m.headerRow ? String(m.headerRow) : "", columnsText(m.columns)]);
  return sheetSpec(MAPPINGS_SHEET, {
    hidden: true,
    values: [[...HEADER], ...rows],
    columnWidths: [30, 24, 8, 10, 50],
    headerRow: 1,
    textRanges: rows.length ? [`A2:E${rows.length + 1}`] : [],
  });
}

export interface MappingProblem {
  /** Which mapping (1-based), or 0 for the whole. */
  index: number;
  code: "not-a-list" | "sheet-missing" | "table-unknown" | "header-row-invalid" | "column-invalid";
  value: string;
}

export class MappingError extends Error {
  constructor(readonly problems: MappingProblem[]) {
    super(problems.map((p) => `${p.index ? `mappning ${p.index}: ` : ""}${p.code} "${p.value}"`).join("; "));
    this.name = "MappingError";
  }
}

/** Checks mappings given as plain data (a JSON file, the pane's form): every field valid, or every problem named. */
export function parseMappings(data: unknown): SheetMapping[] {
  if (!Array.isArray(data)) throw new MappingError([{ index: 0, code: "not-a-list", value: typeof data }]);
  const problems: MappingProblem[] = [];
  const mappings = data.flatMap((item: Record<string, unknown>, i): SheetMapping[] => {
    const index = i + 1;
    const sheet = typeof item?.sheet === "string" ? item.sheet.trim() : "";
    if (!sheet) problems.push({ index, code: "sheet-missing", value: String(item?.sheet ?? "") });
    const table = Number(item?.table);
    if (!findTable(table)) problems.push({ index, code: "table-unknown", value: String(item?.table ?? "") });
    const headerRow = item?.headerRow === undefined || item.headerRow === "" ? undefined : Number(item.headerRow);
    if (headerRow !== undefined && (!Number.isInteger(headerRow) || headerRow < 1)) problems.push({ index, code: "header-row-invalid", value: String(item.headerRow) });
    const columns: Record<string, string> = {};
    const def = findTable(table);
    for (const [field, letter] of Object.entries((item?.columns as Record<string, unknown>) ?? {})) {
      const known = def && def.columns.some((c) => c.key === field);
      const text = String(letter).trim().toUpperCase();
      if (!known || !/^[A-Z]{1,3}$/.test(text)) problems.push({ index, code: "column-invalid", value: `${field}=${String(letter)}` });
      else columns[field] = text;
    }
    const file = typeof item?.file === "string" && item.file.trim() ? item.file.trim() : undefined;
    return [{ ...(file ? { file } : {}), sheet, table, ...(headerRow ? { headerRow } : {}), ...(Object.keys(columns).length ? { columns } : {}) }];
  });
  if (problems.length) throw new MappingError(problems);
  return mappings;
}

/** The mappings a master keeps (its hidden sheet), for the next run. */
export function readMappings(grids: readonly SheetGrid[]): SheetMapping[] {
  const sheet = grids.find((g) => g.name === MAPPINGS_SHEET);
  if (!sheet) return [];
  const items = sheet.values.slice(1).flatMap((row) => {
    const [file, name, table, headerRow, columns] = HEADER.map((_, i) => cellText(row[i]));
    if (!name) return [];
    const cols = Object.fromEntries(
      columns
        .split(";")
        .map((part) => part.split("=").map((x) => x.trim()))
        .filter((kv) => kv.length === 2 && kv[0] && kv[1])
    );
    return [{ file, sheet: name, table, headerRow, columns: cols }];
  });
  try {
    return parseMappings(items);
  } catch {
    // A hand-edited sheet that no longer reads is ignored as a whole, not half used.
    return [];
  }
}

/** Later mappings of the same file and sheet replace earlier ones (the pane's choice over the master's). */
export function mergeMappings(...lists: readonly (readonly SheetMapping[])[]): SheetMapping[] {
  const byKey = new Map<string, SheetMapping>();
  for (const list of lists) for (const m of list) byKey.set(`${m.file ?? ""}\u0000${m.sheet}`, m);
  return [...byKey.values()];
}
