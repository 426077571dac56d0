import ExcelJS from "exceljs";
import { sheetSpec } from "../../src/core/workbookSpec";
import { loadWorkbookBytes } from "../../src/xlsx";
import { workbookBytes, zipFiles } from "../../src/xlsx/browserWrite";
import { unzipSync } from "fflate";

/** The pane worker's writer (exceljs's model writer, as the browser runs it), read back by exceljs and by the product's reader. */
test("values, sheet names and bold header rows survive; characters XML cannot carry are replaced", async () => {
  const spec = {
    sheets: [
      sheetSpec("Återk. Jämtland Härjedalen", { values: [["Återkoppling"], [], ["Blad", "Cell", "Meddelande"], ["Tabell 1", "E4", "Fältet <Mål> & \"annat\""], ["Tabell 2", 7, "bad\u0001char"]], titleRows: [1], headerRow: 3, columnWidths: [10, 6, 40], frozenRows: 3 }),
      sheetSpec("Andra", { values: [["x"]] }),
    ],
  };
  const bytes = await workbookBytes(spec);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Återk. Jämtland Härjedalen", "Andra"]);
  const first = book.worksheets[0];
  expect(first.getCell("C4").value).toBe('Fältet <Mål> & "annat"');
  expect(first.getCell("B5").value).toBe(7);
  expect(first.getCell("A3").font?.bold).toBe(true);
  expect(first.getCell("A4").font?.bold).not.toBe(true);
  expect(first.getColumn(3).width).toBe(40);
  const read = await loadWorkbookBytes(bytes, "x.xlsx");
  expect(read.sheets[0].values[4][2]).toBe("bad\ufffdchar");
});

test("several workbooks in one .zip, each whole", async () => {
  const one = await workbookBytes({ sheets: [sheetSpec("A", { values: [["ett"]] })] });
  const two = await workbookBytes({ sheets: [sheetSpec("B", { values: [["två"]] })] });
  const entries = unzipSync(zipFiles([{ name: "Återkoppling till Kalmar.xlsx", bytes: one }, { name: "Återkoppling till Skåne.xlsx", bytes: two }]));
  expect(Object.keys(entries)).toEqual(["Återkoppling till Kalmar.xlsx", "Återkoppling till Skåne.xlsx"]);
  expect((await loadWorkbookBytes(entries["Återkoppling till Skåne.xlsx"], "b.xlsx")).sheets[0].values[0][0]).toBe("två");
});
