/**
 * A regional file that cannot be read: the coordinator is told which part is broken in the
 * language the pane or CLI speaks, not only in Swedish. The file goes the pane's way (bytes →
 * consolidationInput → consolidate) and the note is rendered from the core's catalog.
 */
import { consolidate, consolidationText } from "../../src/core/consolidation";
import { consolidationInput } from "../../src/xlsx";
import { fixtures } from "./fixtures";

const SWEDISH = /(?<!\p{L})(?:är|och|inte|filen|delen|arbetsboken|kunde|läsas|spara)(?!\p{L})/iu;

test("a workbook whose sheet is not valid XML: the note names the part in English as in Swedish", async () => {
  // A row that never closes: the sheet part is broken, the rest of the package is sound.
  const bytes = fixtures.buildXlsx({ sheets: [{ name: "Tabell 1", xml: fixtures.sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Insats</t></is></c>') }] });
  const input = await consolidationInput("2023 Kalmar.xlsx", bytes);
  expect(input).toMatchObject({ file: "2023 Kalmar.xlsx", errorKind: "damaged" });
  const [file] = consolidate([input]).files;
  const note = file.notes.find((n) => n.code === "unreadable")!;
  const en = consolidationText("en").note(note);
  const sv = consolidationText("sv").note(note);
  expect(en).toMatch(/^The file 2023 Kalmar\.xlsx could not be read as a workbook: the workbook is damaged: the part xl\/worksheets\/sheet1\.xml is not valid XML \(.+\)\. Open it in Excel and save it again\.$/);
  expect(en.replace("2023 Kalmar.xlsx", "")).not.toMatch(SWEDISH);
  expect(sv).toMatch(/^Filen 2023 Kalmar\.xlsx kunde inte läsas som en arbetsbok: arbetsboken är skadad: delen xl\/worksheets\/sheet1\.xml är ingen giltig XML/);
});

test("an input without an English reason (an older caller) still gets the catalog's English text for its kind", () => {
  const [file] = consolidate([{ file: "a.xlsx", error: "arbetsboken är skadad", errorKind: "damaged" }]).files;
  expect(consolidationText("en").note(file.notes[0])).toBe(
    "The file a.xlsx could not be read as a workbook: it is damaged (not a valid .xlsx). Open it in Excel and save it again."
  );
});
