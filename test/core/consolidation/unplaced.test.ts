import { unplacedSheets } from "../../../src/core/consolidation";
import type { RejectedRow } from "../../../src/core/consolidation/types";

function rejected(file: string, sheet: string, row: number, code: RejectedRow["code"], cells: string[]): RejectedRow {
  return { file, sheet, row, table: code === "table-unknown" ? 0 : 2, region: "Kalmar län", code, params: {}, reason: "", cells };
}

describe("unplacedSheets", () => {
  it("groups the table-unknown rows by file and sheet, counts them and keeps the first rows", () => {
    // Fixture: Blad1 of kalmar.xlsx has four unplaced rows (3–6), Blad2 of the same file one, and one row of another
    // code that is not an unplaced sheet.
    const rows = [
      rejected("kalmar.xlsx", "Blad1", 3, "table-unknown", ["Kalmar län", "Insats A"]),
      rejected("kalmar.xlsx", "Blad1", 4, "table-unknown", ["Kalmar län", "Insats B"]),
      rejected("kalmar.xlsx", "Tabell 2", 9, "region-other", ["Kronoberg", "x"]),
      rejected("kalmar.xlsx", "Blad1", 5, "table-unknown", ["Kalmar län", "Insats C"]),
      rejected("kalmar.xlsx", "Blad1", 6, "table-unknown", ["Kalmar län", "Insats D"]),
      rejected("kalmar.xlsx", "Blad2", 2, "table-unknown", ["Kalmar län", "Insats E"]),
    ];
    const sheets = unplacedSheets({ rejected: rows });
    expect(sheets.map((s) => [s.file, s.sheet, s.problem, s.table, s.rowCount])).toEqual([
      ["kalmar.xlsx", "Blad1", "table-unknown", 0, 4],
      ["kalmar.xlsx", "Blad2", "table-unknown", 0, 1],
    ]);
    expect(sheets[0].firstRows).toEqual([
      { row: 3, cells: ["Kalmar län", "Insats A"] },
      { row: 4, cells: ["Kalmar län", "Insats B"] },
      { row: 5, cells: ["Kalmar län", "Insats C"] },
    ]);
  });

  it("lists a sheet whose header row was not found with the table it names and up to eight rows, for the header to be picked from", () => {
    // Fixture: Tabell 2 of gotland.xlsx, headerless: its ten non-blank rows (title, instructions, header, data) are rejected.
    const rows = Array.from({ length: 10 }, (_, i) => rejected("gotland.xlsx", "Tabell 2", i + 1, "header-not-found", [`rad ${i + 1}`]));
    const [sheet, ...others] = unplacedSheets({ rejected: rows });
    expect(others).toEqual([]);
    expect(sheet).toMatchObject({ file: "gotland.xlsx", sheet: "Tabell 2", problem: "header-not-found", table: 2, rowCount: 10 });
    expect(sheet.firstRows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("gives nothing when every sheet was placed", () => {
    expect(unplacedSheets({ rejected: [rejected("a.xlsx", "Tabell 2", 9, "region-other", ["Kronoberg"])] })).toEqual([]);
  });
});
