import { cellText, rangeAddress } from "../core/grid";
import { LINEAGE_HEADERS } from "../core/sheets";
import type { WorkbookSnapshot } from "../core/snapshot";
import { makeStamp, STAMP_SHEET, stampGrid, type ValidationResult } from "../core/validation";
import { sheetSpec, type SheetSpec, type WorkbookSpec } from "../core/workbookSpec";

/**
 * `validate --stamp`: the workbook as read, described as a WorkbookSpec (what the .xlsx writer renders),
 * with the validation stamp on its hidden sheet, replacing any earlier stamp. The writer builds the
 * file from values, so what the snapshot holds is kept (sheets and their order, hidden sheets, cell
 * values, dropdowns, Excel tables, frozen rows) and every text cell is written as text; a master's
 * lineage columns stay hidden. Column widths, fonts and fills are not in a snapshot and come out as
 * Excel's defaults. The stamp's fingerprint is of the values, so it holds for the file written.
 */

const TEXT_WIDTH = 24;

/** The columns headed Källfil, Källblad, Källrad on a sheet (1-based), as consolidation hides them. */
function lineageColumns(values: SheetSpec["values"]): number[] {
  for (const row of values.slice(0, 30)) {
    const texts = row.map((v) => cellText(v));
    if (LINEAGE_HEADERS.every((h) => texts.includes(h))) return LINEAGE_HEADERS.map((h) => texts.indexOf(h) + 1);
  }
  return [];
}

export function stampedSpec(snapshot: WorkbookSnapshot, result: ValidationResult, now: Date): WorkbookSpec {
  const sheets = snapshot.sheets
    .filter((s) => s.name.toLowerCase() !== STAMP_SHEET.toLowerCase())
    .map((s): SheetSpec => {
      const width = s.values.reduce((max, row) => Math.max(max, row.length), 0);
      return sheetSpec(s.name, {
        hidden: s.hidden,
        values: s.values,
        columnWidths: new Array<number>(width).fill(TEXT_WIDTH),
        frozenRows: s.frozenRows,
        textRanges: width && s.values.length ? [rangeAddress(1, 1, s.values.length, width)] : [],
        tables: s.tables,
        validations: s.validations,
        hiddenColumns: lineageColumns(s.values),
      });
    });
  const values = stampGrid(makeStamp(result, now), result.settings);
  sheets.push(sheetSpec(STAMP_SHEET, { hidden: true, values, columnWidths: [28, 40], textRanges: [rangeAddress(1, 1, values.length, 2)] }));
  return { sheets };
}
