import { cellText, type SheetGrid } from "../grid";
import { LINEAGE_HEADERS } from "../sheets";

const SCAN_ROWS = 30;

/**
 * A consolidated master: a sheet has the lineage columns (Källfil, Källblad, Källrad) in one row. A
 * sheet named "Sammanställning" alone does not make one: a region may well have such a sheet.
 */
export function isMasterWorkbook(grids: readonly SheetGrid[]): boolean {
  return grids.some((g) =>
    g.values.slice(0, SCAN_ROWS).some((row) => {
      const texts = new Set(row.map((v) => cellText(v)));
      return LINEAGE_HEADERS.every((h) => texts.has(h));
    })
  );
}
