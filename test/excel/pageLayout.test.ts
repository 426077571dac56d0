/**
 * The Office.js writer sets the same print layout as the file (the in-memory workbook records it):
 * page layout where Excel has ExcelApi 1.9, row heights and wrap everywhere (1.1), so an Excel
 * with only the add-in's 1.8 floor still gets readable rows.
 */
import { consolidate } from "../../src/core/consolidation";
import { buildTemplate } from "../../src/core/template";
import { writeWorkbookSpec } from "../../src/excel";
import { MemoryWorkbook } from "../../src/testing";
import { sampleInputs } from "../core/consolidation/helpers";

const result = consolidate(sampleInputs(["Blekinge", "Gotland", "Örebro"]), { validate: false, runDate: "2024-03-01" });

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

/** Office with the requirement sets it says it supports. */
function officeWith(versions: string[]) {
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && versions.includes(version) } },
  };
}

test("with ExcelApi 1.9: every table sheet A4 landscape, one page wide, heading row repeated, footer; the rows' heights", async () => {
  officeWith(["1.8", "1.9"]);
  const workbook = new MemoryWorkbook(["Blad1"]);
  await writeWorkbookSpec(workbook.run, result.spec, { replaceExisting: false });
  for (const name of ["Tabell 1", "Tabell 7", "Tabell 8"]) {
    expect(workbook.pageLayout(name)).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      leftMargin: expect.any(Number),
      rightMargin: expect.any(Number),
      topMargin: expect.any(Number),
      bottomMargin: expect.any(Number),
      headerMargin: expect.any(Number),
      footerMargin: expect.any(Number),
      printTitleRows: "$3:$3",
      leftFooter: "&A",
      rightFooter: "Sida &P av &N",
    });
  }
  expect(workbook.pageLayout("Målöversikt")).toMatchObject({ zoom: { horizontalFitToPages: 2 }, printTitleColumns: "$A:$B" });
  // The same heights as the file gets, row for row.
  const spec8 = result.spec.sheets.find((s) => s.name === "Tabell 8")!;
  expect(workbook.rowHeights("Tabell 8")).toEqual(spec8.rowHeights);
  expect(Object.keys(workbook.rowHeights("Tabell 8"))).toHaveLength(18 + 1);
});

test("without ExcelApi 1.9 (the 1.8 floor): no page layout, but the rows still get their heights", async () => {
  officeWith(["1.8"]);
  const workbook = new MemoryWorkbook(["Blad1"]);
  await writeWorkbookSpec(workbook.run, result.spec, { replaceExisting: false });
  expect(workbook.pageLayout("Tabell 1")).toEqual({});
  expect(Object.keys(workbook.rowHeights("Tabell 1")).length).toBeGreaterThan(0);
});

test("the template written into the open workbook prints like the file: landscape, one page wide, in the same two syncs", async () => {
  const workbook = new MemoryWorkbook(["Blad1"]);
  await writeWorkbookSpec(workbook.run, buildTemplate({ region: "Kalmar", year: 2024, created: "2024-01-15" }), { replaceExisting: false });
  expect(workbook.syncCount).toBe(2);
  for (const name of ["Information", "Tabell 1", "Tabell 8"]) expect(workbook.pageLayout(name)).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1 } });
  expect(workbook.pageLayout("Listor")).toEqual({});
});
