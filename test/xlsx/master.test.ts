/**
 * The master as writeSpecToFile writes it, read back: the same values, sheets, tables, dropdowns and
 * frozen rows as its spec, and the formatting the writer gives (text ranges as wrapped text, title
 * and header rows) — cell for cell, now that the writer shares one style object per combination
 * and writes each cell once.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { consolidate } from "../../src/core/consolidation";
import { parseRange } from "../../src/core/grid";
import { snapshotOfSpec } from "../../src/core/snapshot";
import { HEADER_ROW } from "../../src/core/template";
import { sheetSpec, type WorkbookSpec } from "../../src/core/workbookSpec";
import { loadWorkbook, loadWorkbookBytes, workbookFromSpec, writeSpecToBuffer, writeSpecToFile } from "../../src/xlsx";
import { sampleInputs, sampleWorkbook, setCell, sheet } from "../core/consolidation/helpers";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-master-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A master with every kind of sheet: tables 1–8, Avvisat with rows, Målbild and Ändringar. */
function master() {
  const inputs = sampleInputs(["Blekinge", "Dalarna", "Gotland", "Uppsala"]);
  const other = sampleWorkbook("Kalmar");
  sheet(other, "Tabell 1").values.push(["Skåne", "En insats i fel arbetsbok", "Prestation", "", "Mål 1"]);
  setCell(other, "Tabell 2", "G4", "en cell utanför tabellen");
  inputs.push({ file: "Kalmar.xlsx", grids: other, fileDate: "2024-02-01" });
  // An older copy of Kalmar's workbook: all its rows are superseded, with their cells.
  inputs.push({ file: "Kalmar (gammal).xlsx", grids: sampleWorkbook("Kalmar"), fileDate: "2024-01-01" });
  const first = consolidate(inputs, { runDate: "2024-03-01" });
  const previous = first.spec.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]), hidden: s.hidden }));
  const second = consolidate(sampleInputs(["Blekinge"]), { previous, runDate: "2024-03-02" });
  return { first, second };
}

describe.each(Object.entries(master()))("the master written to .xlsx (%s run)", (run, result) => {
  it("has what it is meant to show", () => {
    if (run === "first") {
      expect(result.rejected.some((r) => r.code === "region-other")).toBe(true);
      const superseded = result.rejected.filter((r) => r.code === "superseded");
      expect(superseded.length).toBeGreaterThan(10);
      expect(superseded.every((r) => r.cells.length >= 2 && r.cells[0] === "Kalmar")).toBe(true);
    } else {
      expect(result.changes).toBeDefined();
    }
  });

  it("reads back with the spec's values, sheets, tables, dropdowns and frozen rows", async () => {
    const file = path.join(dir, `${run}.xlsx`);
    await writeSpecToFile(result.spec, file);
    const loaded = await loadWorkbook(file);
    expect(loaded.snapshot).toEqual(snapshotOfSpec(result.spec));
    const t1 = loaded.snapshot.sheets.find((s) => s.name === "Tabell 1")!;
    expect(t1.tables).toEqual([{ name: expect.any(String), range: result.spec.sheets.find((s) => s.name === "Tabell 1")!.tables[0].range }]);
    // The header keeps its line break in the cell, though the table's column name escapes it.
    const header = t1.values[HEADER_ROW - 1].map(String);
    expect(header.some((h) => h.includes("\n"))).toBe(true);
    expect(header.some((h) => h.includes("_x000a_"))).toBe(false);
  });

  it("formats every cell as the spec says: text ranges, title rows, the header row", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeSpecToBuffer(result.spec)) as unknown as ExcelJS.Buffer);
    for (const spec of result.spec.sheets) {
      const ws = workbook.getWorksheet(spec.name)!;
      for (const range of spec.textRanges) {
        const r = parseRange(range);
        for (let row = r.firstRow; row <= r.lastRow; row++) {
          for (let column = r.firstColumn; column <= r.lastColumn; column++) {
            const cell = ws.getCell(row, column);
            expect([spec.name, cell.address, cell.numFmt, cell.alignment]).toEqual([spec.name, cell.address, "@", { wrapText: true, vertical: "top" }]);
          }
        }
      }
      for (const row of spec.titleRows) expect(ws.getCell(row, 1).font).toMatchObject({ name: "Calibri", bold: true, size: 14 });
      if (spec.headerRow) {
        spec.values[spec.headerRow - 1].forEach((_, c) => {
          const cell = ws.getCell(spec.headerRow, c + 1);
          expect(cell.font).toMatchObject({ name: "Calibri", bold: true, size: 11 });
          expect(cell.font?.size).not.toBe(14);
          expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
          expect(cell.alignment).toEqual({ wrapText: true, vertical: "top" });
        });
      }
    }
    // Title rows are not wrapped; the lineage columns are hidden.
    const t1 = workbook.getWorksheet("Tabell 1")!;
    expect(t1.getCell(1, 1).alignment?.wrapText).toBeFalsy();
    expect([6, 7, 8].map((c) => t1.getColumn(c).hidden)).toEqual([true, true, true]);
  });
});

describe("the writer's cells", () => {
  // Title row inside a text range, a header row, a short data row, a table longer than the values.
  const spec: WorkbookSpec = {
    sheets: [
      sheetSpec("Blad", {
        values: [["Titel", "x"], ["not"], ["H1", "H2\nrad två", "H3"], ["a", "b", "c"], [null, "=1+1", ""], ["kort"]],
        titleRows: [1, 2],
        headerRow: 3,
        frozenRows: 3,
        textRanges: ["A1:B2", "A4:D7"],
        tables: [{ name: "T1", range: "A3:C8" }],
        validations: [{ range: "A4:A6", source: "=Blad!$A$1:$A$2" }],
        columnWidths: [10, 20, 30],
        hiddenColumns: [3],
      }),
      sheetSpec("Dolt", { hidden: true, values: [["y"]], titleRows: [3] }),
    ],
  };

  it("are written once with their final value and style", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeSpecToBuffer(spec)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Blad")!;
    expect(sheet.getCell("B3").value).toBe("H2\nrad två");
    expect(sheet.getCell("B5").value).toBe("=1+1");
    expect(sheet.getCell("B5").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("C5").type).toBe(ExcelJS.ValueType.Null);
    // A table cell the spec's row leaves out is empty text, as addTable always wrote it.
    expect(sheet.getCell("B6").value).toBe("");
    // The font by name too: without one, LibreOffice draws the title in its own default (a serif).
    expect(sheet.getCell("B2").font).toEqual({ name: "Calibri", family: 2, bold: true, size: 14 });
    expect(sheet.getCell("B2").numFmt).toBe("@");
    expect(sheet.getCell("D7").numFmt).toBe("@");
    expect(sheet.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(sheet.getCell("A4").font?.bold).toBeFalsy();
    const loaded = await loadWorkbookBytes(await writeSpecToBuffer(spec));
    expect(loaded.snapshot.sheets[0].tables).toEqual([{ name: "T1", range: "A3:C6" }]);
    expect(loaded.snapshot.sheets[0].values.slice(0, 5)).toEqual(snapshotOfSpec(spec).sheets[0].values.slice(0, 5));
    expect(loaded.snapshot.sheets[1]).toMatchObject({ name: "Dolt", hidden: true, values: [["y"]] });
  });

  it("share no style object between workbooks", async () => {
    const one = workbookFromSpec(spec);
    one.getWorksheet("Blad")!.getCell("A4").font = { italic: true };
    const two = workbookFromSpec(spec);
    expect(two.getWorksheet("Blad")!.getCell("A4").font).toBeUndefined();
    expect(two.getWorksheet("Blad")!.getCell("A5").font).toBeUndefined();
  });
});

describe("loadWorkbookBytes", () => {
  it("makes the snapshot only when asked, from the grids it returns", async () => {
    const loaded = await loadWorkbookBytes(await writeSpecToBuffer(spec()), "a.xlsx");
    expect(loaded.sheets.map((s) => s.name)).toEqual(["Blad"]);
    expect(loaded.sheets[0].values).toEqual([["a", null, "c"], [], [null, 2]]);
    expect(loaded.snapshot).toBe(loaded.snapshot);
    expect(loaded.snapshot).toEqual(snapshotOfSpec(spec()));
    function spec(): WorkbookSpec {
      return { sheets: [sheetSpec("Blad", { values: [["a", null, "c"], [], [null, 2]] })] };
    }
  });
});
