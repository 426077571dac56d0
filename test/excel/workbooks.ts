/** Open workbooks for the adapter tests: the real template, written by the real writer, filled with published 2023 rows. */
import * as fs from "fs";
import * as path from "path";
import type { Region } from "../../src/core/regions";
import type { ActivityRow } from "../../src/core/report";
import { reportsFromSample, type SampleData } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import type { WorkbookSpec } from "../../src/core/workbookSpec";
import { isMarkFormula, writeWorkbookSpec } from "../../src/excel";
import { MemoryWorkbook } from "../../src/testing";

const sample: SampleData = JSON.parse(fs.readFileSync(path.join(__dirname, "../../data/sample-2023.json"), "utf8"));
const reports = reportsFromSample(sample);

export function sampleSpec(region: Region, extraRows: ActivityRow[] = []): WorkbookSpec {
  const report = reports.find((r) => r.region === region)!;
  const rows = { ...report.tables, 1: [...report.tables[1], ...extraRows] };
  return buildTemplate({ region, year: 2023, rows, table8: report.table8, created: "2024-01-15" });
}

/** The region's published report in the template, as the pane writes it; sync counts start at zero. */
export async function sampleWorkbook(region: Region, extraRows: ActivityRow[] = []): Promise<{ workbook: MemoryWorkbook; spec: WorkbookSpec }> {
  const workbook = new MemoryWorkbook(["Blad1"]);
  const spec = sampleSpec(region, extraRows);
  await writeWorkbookSpec(workbook.run, spec, { replaceExisting: false });
  workbook.resetCounters();
  return { workbook, spec };
}

/** Our marks on a sheet: conditional formats with the product's formula. */
export function marks(workbook: MemoryWorkbook, sheet: string): { range: string; fill?: string }[] {
  return workbook
    .conditionalFormats(sheet)
    .filter((format) => format.type === "Custom" && isMarkFormula(format.formula))
    .map(({ range, fill }) => ({ range, fill }));
}

/** Every marked cell of the workbook as "Sheet!A1" → fill, expanding ranges. */
export function markedCells(workbook: MemoryWorkbook): Map<string, string | undefined> {
  const cells = new Map<string, string | undefined>();
  for (const sheet of workbook.sheets) {
    for (const mark of marks(workbook, sheet.name)) {
      const [first, last = first] = mark.range.split(":");
      const a = /^([A-Z]+)(\d+)$/.exec(first)!;
      const b = /^([A-Z]+)(\d+)$/.exec(last)!;
      if (a[1] !== b[1]) throw new Error(`marks span one column: ${mark.range}`);
      for (let row = Number(a[2]); row <= Number(b[2]); row++) {
        const key = `${sheet.name}!${a[1]}${row}`;
        if (cells.has(key)) throw new Error(`two marks on ${key}`);
        cells.set(key, mark.fill);
      }
    }
  }
  return cells;
}
