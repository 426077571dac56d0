/**
 * The streaming writer against the full-model writer it replaced (writeWorkbookModel.ts), cell for
 * cell, on the 21 sample workbooks as `npm run demo` makes them, the masters of the sample, of the
 * damaged test set and of a resubmission, and the writer's edge cases. Each pair of files is read
 * by three readers that are not the product's: SheetJS (values, sheet order and visibility, hidden
 * columns, number formats), exceljs (every cell's style, column widths) and the XML parts (tables,
 * dropdowns, frozen panes, column definitions).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { consolidate } from "../../src/core/consolidation";
import { reportsFromSample, type SampleData } from "../../src/core/sample";
import { snapshotOfSpec } from "../../src/core/snapshot";
import { buildTemplate } from "../../src/core/template";
import { sheetSpec, type WorkbookSpec } from "../../src/core/workbookSpec";
import { loadWorkbookBytes, workbookFromSpec, writeSpecToBuffer } from "../../src/xlsx";
import { damagedInputs } from "../core/consolidation/damage";
import { sampleInputs, sampleWorkbook } from "../core/consolidation/helpers";
import { exceljsView, sheetjsView, xmlView } from "./oracle";

const sample = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "data", "sample-2023.json"), "utf8")) as SampleData;

function cases(): [string, WorkbookSpec][] {
  const out: [string, WorkbookSpec][] = [];
  for (const report of reportsFromSample(sample)) {
    out.push([`template ${report.region}`, buildTemplate({ region: report.region, year: report.year, rows: report.tables, table8: report.table8, created: "2024-01-15" })]);
  }
  const first = consolidate(sampleInputs(), { runDate: "2024-03-01" });
  out.push(["master of the 21 sample workbooks", first.spec]);
  out.push(["master of the damaged set", consolidate(damagedInputs(), { runDate: "2024-03-01" }).spec]);
  const previous = first.spec.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]), hidden: s.hidden }));
  const again = sampleInputs();
  again[0] = { ...again[0], grids: sampleWorkbook("Blekinge").map((s) => (s.name === "Tabell 1" ? { ...s, values: [...s.values.slice(0, -1)] } : s)) };
  out.push(["master of a resubmission (Ändringar)", consolidate(again, { previous, runDate: "2024-03-02" }).spec]);
  out.push([
    "the writer's edge cases",
    {
      sheets: [
        sheetSpec("Blad", {
          values: [["Titel", "x"], ["not"], ["H1", "H2\nrad två", "H3"], ["a", "b", "c"], [null, "=1+1", ""], ["kort", 12, true]],
          titleRows: [1, 2],
          headerRow: 3,
          frozenRows: 3,
          textRanges: ["A1:B2", "A4:D7"],
          tables: [{ name: "T1", range: "A3:C8" }],
          validations: [{ range: "A4:A6", source: "=Blad!$A$1:$A$2" }, { range: "C4:C1048576", source: '"Ja,Nej"' }],
          columnWidths: [10, 20, 30],
          hiddenColumns: [3],
        }),
        sheetSpec("Dolt", { hidden: true, values: [["y"]], titleRows: [3] }),
      ],
    },
  ]);
  return out;
}

describe.each(cases())("%s: streaming writer = full-model writer", (_name, spec) => {
  let before: Uint8Array;
  let after: Uint8Array;
  beforeAll(async () => {
    before = new Uint8Array((await workbookFromSpec(spec).xlsx.writeBuffer()) as ArrayBuffer);
    after = await writeSpecToBuffer(spec);
  });

  test("values, sheet order and visibility, hidden columns, number formats (SheetJS)", () => {
    const a = sheetjsView(after);
    expect(a).toEqual(sheetjsView(before));
    expect(a.map((s) => [s.name, s.hidden])).toEqual(spec.sheets.map((s) => [s.name, s.hidden]));
  });

  test("every cell's type, value and style, column widths (exceljs)", async () => {
    expect(await exceljsView(after)).toEqual(await exceljsView(before));
  });

  test("tables, dropdowns, frozen panes and column definitions (the XML parts)", () => {
    const a = xmlView(after).sheets;
    expect(a).toEqual(xmlView(before).sheets);
    expect(a.map((s) => s.tables.map((t) => t.name))).toEqual(spec.sheets.map((s) => s.tables.map((t) => t.name)));
  });

  test("reads back through the product's reader as its spec", async () => {
    const expected = snapshotOfSpec(spec);
    // A table spans the rows the spec has (here 6 of the 8 its range names), as addTable made it.
    if (_name === "the writer's edge cases") expected.sheets[0].tables = [{ name: "T1", range: "A3:C6" }];
    expect((await loadWorkbookBytes(after)).snapshot).toEqual(expected);
  });
});
