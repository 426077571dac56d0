import { cellText, type SheetGrid } from "../grid";
import { INFO_LABELS, INFO_SHEET } from "../template";
import { normalizeText } from "./text";
import type { WorkbookInfo } from "./types";

/** The information sheet: labels in column A, values in column B, in its first rows. */
export function readInfo(grids: readonly SheetGrid[]): WorkbookInfo | null {
  const labels = Object.entries(INFO_LABELS) as [keyof typeof INFO_LABELS, string][];
  const candidates = [...grids].sort((a, b) => Number(b.name === INFO_SHEET) - Number(a.name === INFO_SHEET));
  for (const grid of candidates) {
    const fields: WorkbookInfo["fields"] = {};
    for (const row of grid.values.slice(0, 40)) {
      const label = normalizeText(cellText(row[0]));
      const match = labels.find(([, text]) => normalizeText(text) === label);
      if (match && !(match[0] in fields)) fields[match[0]] = cellText(row[1]);
    }
    if (fields.region !== undefined && fields.year !== undefined) return { sheet: grid.name, fields };
  }
  return null;
}
