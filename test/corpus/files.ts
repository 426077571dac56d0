/** The corpus as .xlsx files: each grid written as plain values (no template styling), as any office's own workbook. */
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import type { SheetGrid } from "../../src/core/grid";
import { sheetSpec } from "../../src/core/workbookSpec";
import { writeSpecToFile } from "../../src/xlsx";

export async function writeWorkbook(file: string, grids: readonly SheetGrid[]): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await writeSpecToFile({ sheets: grids.map((g) => sheetSpec(g.name, { values: g.values, hidden: g.hidden ?? false })) }, file);
}
