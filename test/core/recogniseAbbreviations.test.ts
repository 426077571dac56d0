/**
 * Headings cut short and marked with a full stop ("Reg.", "Ins.", "Prest.", "Eff."): the recogniser
 * reads them as the headings they begin, and only as a header row that names enough columns; data
 * cells with short dotted words ("Ca.", "Tot.") stay data. Expected values from each fixture's own layout.
 */
import { recogniseWorkbook } from "../../src/core/recognise";

const sheet = (values: (string | null)[][]) => ({ name: "Tabell 2", values });

describe("headings cut short with a full stop", () => {
  test("a header row of dotted headings is read, columns in their places, every data row under it", () => {
    // Fixture: title (row 1), header (row 2), three data rows whose cells hold dotted words of their own.
    const grid = sheet([
      ["Tabell 2. Kompetensförsörjning"],
      ["Reg.", "Ins.", "Prest.", "Eff.", "Mål"],
      ["Kalmar", "Ca. 40 deltagare", "Tot.", "Ca.", "RUS 1"],
      ["Kalmar", "Proj.", "Res.", "Bidr.", "RUS 2"],
      ["Kalmar", "Insats C", "Klart", "Bra", "RUS 3"],
    ]);
    const { tables, headerless } = recogniseWorkbook([grid]);
    expect(headerless).toEqual([]);
    expect(tables.map((t) => [t.def.number, t.headerRow, t.columns])).toEqual([[2, 2, { region: 0, activity: 1, outputs: 2, effects: 3, goals: 4 }]]);
    expect(tables[0].rows.map((r) => r.values.activity)).toEqual(["Ca. 40 deltagare", "Proj.", "Insats C"]);
  });

  test("dotted words that name fewer than three columns are no header: the sheet's header is not found", () => {
    // "Bidr." begins Bidrar (a Mål synonym) and "Res." begins Resultat: two columns, not enough to read rows by.
    const grid = sheet([
      ["Tabell 2. Kompetensförsörjning"],
      ["Bidr.", "Res.", "Övr."],
      ["Kalmar", "Insats A", "Gjort"],
    ]);
    const { tables, headerless } = recogniseWorkbook([grid]);
    expect(tables).toEqual([]);
    expect(headerless).toEqual([{ sheet: "Tabell 2", table: 2 }]);
  });

  test("a data row with dotted words among its prose does not end the table (every cell of a header names a column)", () => {
    // Fixture: the template's headings (row 1), then four data rows; rows 3 and 4 have dotted words that begin headings.
    const grid = sheet([
      ["Region", "Insats", "Prestationer", "Effekter", "Mål"],
      ["Kalmar", "Kurs A", "Klart.", "Bra.", "RUS 1"],
      ["Region.", "Utbildning", "Genomförd", "Effekt.", "Mål."],
      ["Kalmar", "Aktiv.", "Effekt.", "Bidra.", "RUS 2"],
      ["Kalmar", "Kurs C", "Klart", "Bra", "RUS 3"],
    ]);
    const { tables } = recogniseWorkbook([grid]);
    expect(tables.map((t) => [t.headerRow, t.rows.length])).toEqual([[1, 4]]);
  });

  test("a full stop followed by a non-breaking space or a line break, and a decomposed å, are read the same", () => {
    const nbsp = sheet([["Reg.\u00a0", "Ins.\u00a0", "Prest.\n", "Eff.\u00a0", "Mål"], ["Kalmar", "Insats A", "Gjort", "Bra", "RUS 1"]]);
    const nfd = sheet([["Reg.", "Ins.", "Prest.", "Eff.", "Ma\u030alk."], ["Kalmar", "Insats A", "Gjort", "Bra", "RUS 1"]]);
    for (const grid of [nbsp, nfd]) expect(recogniseWorkbook([grid]).tables[0]?.columns).toEqual({ region: 0, activity: 1, outputs: 2, effects: 3, goals: 4 });
  });

  test("an abbreviation that begins two columns' headings names neither", () => {
    // "Res." begins Resultat, the first word of both the outputs and the effects headings.
    const grid = sheet([["Reg.", "Ins.", "Res.", "Mål"], ["Kalmar", "Insats A", "Gjort", "RUS 1"]]);
    expect(recogniseWorkbook([grid]).tables[0]?.columns).toEqual({ region: 0, activity: 1, goals: 3 });
  });

  test("without the full stop the recogniser does not guess: 'Akt' and 'Prest' may be words", () => {
    const grid = sheet([["Tabell 2. Kompetensförsörjning"], ["Reg", "Akt", "Prest", "Eff", "Mål"], ["Kalmar", "Insats A", "Gjort", "Bra", "RUS 1"]]);
    expect(recogniseWorkbook([grid]).headerless).toEqual([{ sheet: "Tabell 2", table: 2 }]);
  });
});
