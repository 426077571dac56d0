import { consolidate } from "../../../src/core/consolidation";
import { sampleWorkbook } from "./helpers";

/** Two copies of Blekinge's sample workbook (same Skapad), told apart only by their file dates. */
function run(a: string, b: string) {
  const grids = sampleWorkbook("Blekinge");
  return consolidate([{ file: "Blekinge a.xlsx", grids, fileDate: a }, { file: "Blekinge b.xlsx", grids, fileDate: b }], { validate: false }).duplicates[0];
}

describe("dates a few seconds apart are no reason", () => {
  it("asks when the file dates are 30 s apart, and uses the first by name meanwhile", () => {
    expect(run("2026-12-01T18:02:30.877Z", "2026-12-01T18:02:00.001Z")).toMatchObject({ by: "ask", used: "Blekinge a.xlsx" });
  });
  it("uses the newer when the file dates are two minutes apart", () => {
    expect(run("2026-12-01T18:00:00Z", "2026-12-01T18:02:00Z")).toMatchObject({ by: "fileDate", used: "Blekinge b.xlsx" });
  });
});
