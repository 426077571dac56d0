import ExcelJS from "exceljs";
import { sheetSpec } from "../../src/core/workbookSpec";
import { loadWorkbookBytes, writeSimpleXlsx } from "../../src/xlsx";

/** The pane's exceljs-free writer, read back by exceljs (another library) and by the product's reader. */
test("values, sheet names and bold header rows survive; characters XML cannot carry are replaced", async () => {
  const spec = {
    sheets: [
      sheetSpec("Återk. Jämtland Härjedalen", { values: [["Återkoppling"], [], ["Blad", "Cell", "Meddelande"], ["Tabell 1", "E4", "Fältet <Mål> & \"annat\""], ["Tabell 2", 7, "bad\u0001char"]], titleRows: [1], headerRow: 3, columnWidths: [10, 6, 40], frozenRows: 3 }),
      sheetSpec("Andra", { values: [["x"]] }),
    ],
  };
  const bytes = writeSimpleXlsx(spec);
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
