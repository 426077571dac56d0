/** Table 8 rules on the published answers, and on answers broken on purpose. */
import type { Region } from "../../../src/core/regions";
import { reportOf, sampleWorkbook, setCell, sheet, validate, withCode, workbook } from "./helpers";

const FORM_CODES = /^FORM_/;

describe("table 8 answers", () => {
  it("accepts Blekinge's six published answers", () => {
    expect(validate(sampleWorkbook("Blekinge")).findings.filter((f) => FORM_CODES.test(f.code))).toEqual([]);
  });

  it("reports an empty answer at its Svar cell, and a question with no row at the header", () => {
    const grids = sampleWorkbook("Blekinge");
    setCell(grids, "Tabell 8", "E5", "");
    sheet(grids, "Tabell 8").values.splice(8, 1); // question 6's row
    const found = withCode(validate(grids), "FORM_ANSWER_MISSING");
    expect(found.map((f) => [f.severity, f.cell, f.column])).toEqual([
      ["fel", "B3", "Fråga nr"],
      ["fel", "E5", "Svar"],
    ]);
    expect(found[0].message).toContain("fråga 6");
    expect(found[1].message).toContain("Fråga 2");
  });

  it("reports a workbook with no answers at all: six questions", () => {
    expect(withCode(validate(workbook("Blekinge", {}, [])), "FORM_ANSWER_MISSING")).toHaveLength(6);
  });

  it("reports rows that belong to no question, and a question answered twice", () => {
    const grids = sampleWorkbook("Blekinge");
    sheet(grids, "Tabell 8").values.push(["Blekinge", "sju", "", "", "Övrigt"], ["Blekinge", 4, "", "Ja", "Igen"]);
    const result = validate(grids);
    expect(withCode(result, "FORM_QUESTION_UNKNOWN").map((f) => [f.cell, f.severity])).toEqual([["B10", "fel"]]);
    expect(withCode(result, "FORM_QUESTION_DUPLICATE").map((f) => [f.cell, f.severity])).toEqual([["B11", "varning"]]);
  });
});

describe("table 8 Ja/Nej", () => {
  it("reports the published answers without Ja/Nej (Jämtland Härjedalen q4, Västerbotten q5, Västmanland q4, Västra Götaland q3)", () => {
    const cases: [Region, number][] = [["Jämtland Härjedalen", 4], ["Västerbotten", 5], ["Västmanland", 4], ["Västra Götaland", 3]];
    for (const [region, question] of cases) {
      const found = withCode(validate(sampleWorkbook(region)), "FORM_YESNO_MISSING");
      expect(found.map((f) => [f.severity, f.cell, f.column])).toEqual([["fel", `D${3 + question}`, "Ja/Nej"]]);
    }
  });

  it("accepts Ja and Nej in any case, and rejects anything else", () => {
    const grids = sampleWorkbook("Blekinge");
    setCell(grids, "Tabell 8", "D6", "ja");
    setCell(grids, "Tabell 8", "D7", "NEJ");
    setCell(grids, "Tabell 8", "D8", "Delvis");
    const result = validate(grids);
    expect(withCode(result, "FORM_YESNO_MISSING")).toEqual([]);
    const invalid = withCode(result, "FORM_YESNO_INVALID");
    expect(invalid.map((f) => [f.cell, f.severity])).toEqual([["D8", "fel"]]);
    expect(invalid[0].message).toContain('"Delvis"');
  });

  it("warns about Ja/Nej on a question that takes none", () => {
    const grids = workbook("Blekinge", {}, reportOf("Blekinge").table8.map((a) => (a.question === 1 ? { ...a, answer: "Nej" } : a)));
    expect(withCode(validate(grids), "FORM_YESNO_NOT_ASKED").map((f) => [f.cell, f.severity])).toEqual([["D4", "varning"]]);
  });
});
