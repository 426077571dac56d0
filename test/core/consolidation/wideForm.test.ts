/**
 * Table 8 in its wide shape (a row per region, a column per question): recognised beside the
 * template's question rows, and checked by the same form rules.
 */
import type { SheetGrid } from "../../../src/core/grid";
import { recogniseWorkbook } from "../../../src/core/recognise";
import { FORM_TABLE, WIDE_FORM_COLUMNS } from "../../../src/core/tables";
import { validateWorkbook } from "../../../src/core/validation";
import { wideForm } from "./damage";
import { reportOf, sampleWorkbook, sheet } from "./helpers";

const withForm = (form: SheetGrid) => {
  const grids = sampleWorkbook("Uppsala");
  grids.splice(grids.findIndex((s) => s.name === "Tabell 8"), 1, form);
  return grids;
};

describe("table 8 with a column per question", () => {
  it("is recognised by 'Fråga N' headers, the Ja/Nej columns named by number", () => {
    const table = recogniseWorkbook([wideForm("Uppsala", "numbers", true)]).tables[0];
    expect(table).toMatchObject({ shape: "wide", sheet: "Anslag", headerRow: 4, missingColumns: [] });
    expect(table.columns).toEqual({ region: 0, q1: 1, q2: 2, q3: 3, answer3: 4, q4: 5, answer4: 6, q5: 7, answer5: 8, q6: 9 });
    expect(table.rows).toHaveLength(1);
    const q3 = reportOf("Uppsala").table8.find((a) => a.question === 3)!;
    expect(table.rows[0].values).toMatchObject({ region: "Uppsala", q3: q3.text, answer3: q3.answer ?? "" });
  });

  it("is recognised by the question texts, a plain Ja/Nej column belonging to the question on its left", () => {
    const table = recogniseWorkbook([wideForm("Uppsala", "texts")]).tables[0];
    expect(table.shape).toBe("wide");
    expect(table.columns).toEqual({ region: 0, q1: 1, q2: 2, q3: 3, answer3: 4, q4: 5, answer4: 6, q5: 7, answer5: 8, q6: 9 });
  });

  it("accepts an older master's own headings, with line breaks", () => {
    const grid: SheetGrid = { name: "Tabell 8", values: [["Tabell 8. x"], [], WIDE_FORM_COLUMNS.map((c) => c.header), ["Kalmar", "svar 1"]] };
    const table = recogniseWorkbook([grid]).tables[0];
    expect(Object.keys(table.columns)).toEqual(WIDE_FORM_COLUMNS.map((c) => c.key));
    expect(table.rows[0].values.q1).toBe("svar 1");
  });

  it("keeps the template's question rows as they were", () => {
    const table = recogniseWorkbook(sampleWorkbook("Uppsala")).tables.find((t) => t.def === FORM_TABLE)!;
    expect(table.shape).toBe("rows");
    expect(Object.keys(table.columns)).toEqual(["region", "question", "text", "answer", "response"]);
  });

  it("does not take three similar question openings for a wide header", () => {
    const grid: SheetGrid = { name: "Tabell 8", values: [["Region", "Beskrivning av hur anslaget har bidragit till att nå målen", "Ja/Nej", "Svar"]] };
    expect(recogniseWorkbook([grid]).tables.every((t) => t.shape !== "wide")).toBe(true);
  });

  it("is checked by the form rules: a missing answer and a Ja/Nej that is neither", () => {
    const form = wideForm("Uppsala", "numbers");
    form.values[2][2] = ""; // question 2's answer
    form.values[2][4] = "Kanske"; // question 3's Ja/Nej
    const result = validateWorkbook(withForm(form), { file: "u.xlsx" });
    const form8 = result.findings.filter((f) => f.table === 8);
    expect(form8.map((f) => [f.code, f.cell, f.column])).toEqual([
      ["FORM_ANSWER_MISSING", "C3", "Fråga 2"],
      ["FORM_YESNO_INVALID", "E3", "Fråga 3 Ja/Nej"],
    ]);
  });

  it("validates cleanly when complete", () => {
    const result = validateWorkbook(withForm(wideForm("Uppsala", "numbers")), { file: "u.xlsx" });
    expect(result.findings.filter((f) => f.table === 8)).toEqual([]);
    expect(sheet(withForm(wideForm("Uppsala", "numbers")), "Anslag")).toBeDefined();
  });
});
