import { zipSync } from "fflate";
import type { WorkbookSpec } from "../core/workbookSpec";
import { xmlSafe } from "./text";
import { writeSpecToBuffer } from "./writeWorkbookModel";

/**
 * The writing face of src/xlsx for the browser (the pane's worker), loaded in a chunk of its own and
 * only when a workbook is to be downloaded (Återkoppling as files): exceljs's full-model writer, which
 * runs in a browser, and a zip of several workbooks. The reader's chunk (browser.ts) stays without exceljs.
 */

/**
 * The .xlsx bytes of a spec: values, widths, styles, frozen rows, tables, dropdowns and print setup.
 * Characters XML cannot carry become the replacement marker, as in the CLI's master (exceljs would drop them).
 */
export function workbookBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  const safe = (v: unknown) => (typeof v === "string" ? xmlSafe(v).text : v);
  return writeSpecToBuffer({
    ...spec,
    sheets: spec.sheets.map((sheet) => ({ ...sheet, name: xmlSafe(sheet.name).text, values: sheet.values.map((row) => row.map(safe)) as typeof sheet.values })),
  });
}

/** Several files in one .zip (one download for the feedback workbooks of every region). */
export function zipFiles(entries: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  return zipSync(Object.fromEntries(entries.map((e) => [e.name, [e.bytes, { level: 0 }]])));
}
