import { cellText, type SheetGrid } from "../grid";
import { LINEAGE_HEADERS, MASTER_REPORT_SHEETS } from "../consolidation";

/**
 * Master mode: the master workbook consolidation writes holds all 21 regions' rows, with lineage
 * columns and report sheets, and no information sheet. The same rules run on it, except those that
 * only make sense for one region's workbook (the information sheet, the workbook's region) and the
 * lineage columns, which are the master's own.
 */

const SCAN_ROWS = 30;

/**
 * A master: a sheet has the lineage columns (Källfil, Källblad, Källrad) in one row. A sheet named
 * "Sammanställning" alone does not make one: a region may well have such a sheet of its own.
 */
export function isMasterWorkbook(grids: readonly SheetGrid[]): boolean {
  return grids.some((g) =>
    g.values.slice(0, SCAN_ROWS).some((row) => {
      const texts = new Set(row.map((v) => cellText(v)));
      return LINEAGE_HEADERS.every((h) => texts.has(h));
    })
  );
}

/** The master's report sheets are not tables ("Avvisat" names sheets such as "Tabell 3"). */
export function isMasterReportSheet(name: string): boolean {
  return MASTER_REPORT_SHEETS.includes(name);
}

export function isLineageHeader(header: string): boolean {
  return (LINEAGE_HEADERS as readonly string[]).includes(header);
}
