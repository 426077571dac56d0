import { cellText, parseRange } from "../grid";
import type { RecognisedRow, RecognisedTable } from "../recognise";
import { LINEAGE_HEADERS } from "../sheets";
import type { ValidationContext } from "./context";
import { hashText } from "../hash";
import type { Finding, Location } from "./types";

/**
 * Whom a finding concerns and where its row came from, worked out once for every finding after the
 * rules ran, so no rule has to: the row under the finding's sheet and row number gives the region
 * (the reader's decision, ctx.regionOf) and, on a master, the lineage cells the master keeps beside
 * every row (Källfil, Källblad, Källrad). On a regional workbook the source is the workbook itself.
 */

export type Provenance = Pick<Finding, "region" | "sourceFile" | "sourceSheet" | "sourceRow" | "fingerprint">;

/** "12" → 12; "4–9" (a merged table 8 row of an older master) → 4; no number → undefined. */
function firstRow(text: string): number | undefined {
  const match = /\d+/.exec(text);
  return match ? Number(match[0]) : undefined;
}

export interface Locator {
  provenance(at: Location, file?: string): Provenance;
}

export function locator(ctx: ValidationContext): Locator {
  // sheet → sheet row → the recognised row (every copy's rows, empty template rows included).
  const rows = new Map<string, Map<number, { table: RecognisedTable; row: RecognisedRow }>>();
  for (const table of ctx.recognition.tables) {
    const bySheetRow = rows.get(table.sheet) ?? new Map();
    rows.set(table.sheet, bySheetRow);
    for (const row of table.rows) bySheetRow.set(row.sheetRow, { table, row });
  }
  const gridOf = new Map(ctx.grids.map((g) => [g.name, g]));
  const lineage = (row: RecognisedRow) => LINEAGE_HEADERS.map((h) => row.extra[h] ?? "");

  // On a master, the file each region's rows came from (the first row's): for findings about a region but no row.
  let regionFiles: Map<string, string> | undefined;
  const regionFile = (region: string): string | undefined => {
    if (!regionFiles) {
      regionFiles = new Map();
      for (const unit of [...ctx.read.rows, ...ctx.read.answers]) {
        const [file] = lineage(unit.row);
        if (unit.region && file && !regionFiles.has(unit.region)) regionFiles.set(unit.region, file);
      }
    }
    return regionFiles.get(region);
  };

  const cellFingerprint = (at: Location): string => {
    const grid = at.sheet !== undefined ? gridOf.get(at.sheet) : undefined;
    if (!grid || !at.cell) return hashText("");
    try {
      const r = parseRange(at.cell);
      return hashText(cellText(grid.values[r.firstRow - 1]?.[r.firstColumn - 1]));
    } catch {
      return hashText("");
    }
  };

  return {
    provenance(at, file) {
      const found = at.sheet !== undefined && at.row !== undefined ? rows.get(at.sheet)?.get(at.row) : undefined;
      const region = at.region ?? (found ? ctx.regionOf(found.row) : null) ?? (ctx.master ? null : ctx.read.region) ?? undefined;
      const out: Provenance = { fingerprint: cellFingerprint(at) };
      if (region) out.region = region;
      if (ctx.master) {
        const [sourceFile, sourceSheet, sourceRow] = found ? lineage(found.row) : ["", "", ""];
        const fromRegion = !sourceFile && region ? regionFile(region) : undefined;
        if (sourceFile || fromRegion) out.sourceFile = sourceFile || fromRegion;
        if (sourceSheet) out.sourceSheet = sourceSheet;
        const row = firstRow(sourceRow);
        if (row !== undefined) out.sourceRow = row;
        return out;
      }
      if (file !== undefined) out.sourceFile = file;
      if (at.sheet !== undefined) out.sourceSheet = at.sheet;
      if (at.row !== undefined) out.sourceRow = at.row;
      return out;
    },
  };
}
