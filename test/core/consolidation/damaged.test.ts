/**
 * Nothing lost on workbooks that only look like the template, and on files that are no report:
 * every damage is read or reported with file, sheet, row and reason, and the other files still merge.
 */
import { consolidate, type ConsolidationResult, type RejectCode } from "../../../src/core/consolidation";
import { validateWorkbook } from "../../../src/core/validation";
import { damagedInputs, damagedWorkbook, FORMULA_TEXT, ÖREBRO_CHANGED_OUTPUTS } from "./damage";
import { expectNothingLost, gridsOf, reportOf, sheet, text } from "./helpers";

const inputs = damagedInputs();
const result: ConsolidationResult = consolidate(inputs);
const file = (name: string) => result.files.find((f) => f.file === name)!;
const rowsOf = (region: string, table: 1 | 2 | 3 | 4 | 5 | 6 | 7) => result.master.activity[table].filter((r) => r.region === region);
const rejectedWith = (code: RejectCode) => result.rejected.filter((r) => r.code === code);
const published = (region: Parameters<typeof reportOf>[0], table: 1 | 2 | 3 | 4 | 5 | 6 | 7) => reportOf(region).tables[table];

describe("consolidating damaged workbooks", () => {
  it("loses nothing: every data row once in the master or in Avvisat with a reason; counts reconcile", () => {
    const { units } = expectNothingLost(inputs, result);
    // Värmland's table 4 lost its header row: the sheet is rejected whole, each of its non-blank rows.
    const värmland = sheet(damagedWorkbook("Värmland"), "Tabell 4").values.filter((r) => r.some((v) => v !== null && String(v).trim())).length;
    expect(result.reconciliation.total.rowsRead).toBe(units + värmland);
    // Västmanland's table 5 got a row with only the region: the template's empty row, not data.
    expect(result.reconciliation.total.emptyTemplateRows).toBe(1);
    const count = Object.values(result.master.activity).reduce((n, r) => n + r.length, 0);
    expect(count).toBe(534 - 5); // Värmland's table 4 has no header row any more
    expect(result.master.form).toHaveLength(21);
    expect(result.rejected).toHaveLength(2 + 5 + 2 + 8 + 31 + 32 + 2);
  });

  it("reads renamed sheets, title rows, moved columns, line-broken headers, blank rows and merged region cells", () => {
    expect(rowsOf("Blekinge", 1).map((r) => r.values.activity)).toEqual(published("Blekinge", 1).map((r) => r.activity));
    expect(rowsOf("Blekinge", 1)[0].lineage).toEqual({ file: "Blekinge.xlsx", sheet: "Blad1", row: 4 });
    expect(rowsOf("Blekinge", 3)[0].lineage.sheet).toBe("3 Innovation");
    expect(rowsOf("Dalarna", 2)[0].lineage.row).toBe(6);
    expect(rowsOf("Gotland", 1).map((r) => ({ ...r.values }))).toEqual(published("Gotland", 1));
    expect(rowsOf("Halland", 5).map((r) => r.values.goals)).toEqual(published("Halland", 5).map((r) => r.goals));
    expect(rowsOf("Jämtland Härjedalen", 3).map((r) => r.lineage.row)).toEqual([4, 7, 10, 13, 16]);
    expect(rowsOf("Stockholm", 1).map((r) => r.region)).toEqual(new Array(5).fill("Stockholm"));
  });

  it("carries numbers as their text and text that looks like a formula as a string", () => {
    const jönköping = rowsOf("Jönköping", 1);
    expect(jönköping[0].values.outputs).toBe("12");
    expect(jönköping[0].values.effects).toBe("0.25");
    expect(jönköping[1].region).toBe("Jönköping");
    const row = rowsOf("Jönköping", 3)[0];
    expect(row.values).toMatchObject(FORMULA_TEXT);
    const sheet = result.spec.sheets.find((s) => s.name === "Tabell 3")!;
    const written = sheet.values.find((r) => r.slice(-3).join("|") === "Jönköping.xlsx|Tabell 3|4")!;
    expect(written.slice(1, 5)).toEqual([FORMULA_TEXT.activity, FORMULA_TEXT.outputs, FORMULA_TEXT.effects, FORMULA_TEXT.goals]);
    expect(sheet.textRanges.length).toBe(1);
  });

  it("keeps text in extra columns with the row's position, and says so for the file", () => {
    expect(result.extraCells).toEqual([
      { file: "Gävleborg.xlsx", sheet: "Tabell 4", row: 4, cell: "F4", table: 4, region: "Gävleborg", header: "Kommentar", text: "Intern anteckning" },
      { file: "Gävleborg.xlsx", sheet: "Tabell 4", row: 5, cell: "G5", table: 4, region: "Gävleborg", header: "Kolumn 7", text: "lös text utan rubrik" },
    ]);
    expect(rowsOf("Gävleborg", 4)).toHaveLength(5);
    expect(file("Gävleborg.xlsx").messages.join(" ")).toMatch(/utanför tabellens kolumner/);
    const avvisat = result.spec.sheets.find((s) => s.name === "Avvisat")!.values.map((r) => r.map(text));
    expect(avvisat).toContainEqual(["Gävleborg.xlsx", "Tabell 4", "F4", "4", "Gävleborg", "Kommentar", "Intern anteckning"]);
  });

  it("rejects a hidden and a visible second copy of a table, with the reason", () => {
    const hidden = rejectedWith("duplicate-table-hidden");
    expect(hidden.map((r) => [r.file, r.sheet, r.row])).toEqual([["Kalmar.xlsx", "Tabell 2 (2)", 4], ["Kalmar.xlsx", "Tabell 2 (2)", 5]]);
    expect(hidden[0].reason).toBe('Dold extra kopia av tabell 2; tabellen läses från bladet "Tabell 2".');
    expect(rowsOf("Kalmar", 2)).toHaveLength(2);
    const visible = rejectedWith("duplicate-table");
    expect(visible.map((r) => r.sheet)).toEqual(new Array(5).fill("Kopia"));
    expect(visible[0].cells[1]).toBe(published("Kronoberg", 7)[0].activity);
    expect(rowsOf("Kronoberg", 7)).toHaveLength(5);
  });

  it("rejects rows naming another region or none of the 21, keeps the rest of the workbook", () => {
    expect(rejectedWith("region-other")).toEqual([
      expect.objectContaining({ file: "Sörmland.xlsx", sheet: "Tabell 1", row: 6, region: "Kalmar", reason: "Raden anger region Kalmar, men arbetsboken gäller Sörmland." }),
    ]);
    expect(rejectedWith("region-unknown")).toEqual([expect.objectContaining({ row: 7, region: "Atlantis" })]);
    expect(rowsOf("Sörmland", 1)).toHaveLength(2);
    expect(rowsOf("Kalmar", 1).every((r) => r.lineage.file === "Kalmar.xlsx")).toBe(true);
  });

  it("rejects a sheet whose header row cannot be found, row by row", () => {
    const rows = rejectedWith("header-not-found");
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.file === "Värmland.xlsx" && r.sheet === "Tabell 4" && r.table === 4)).toBe(true);
    expect(result.board.find((b) => b.region === "Värmland")!.tables[3]).toMatchObject({ rows: 0, missing: true });
  });

  it("gives files that are no report a clear status and still merges the others", () => {
    expect(file("tom.xlsx")).toMatchObject({ status: "empty", rowsRead: 0, messages: ["Arbetsboken är tom."] });
    expect(file("trasig.xlsx")).toMatchObject({ status: "unreadable", rowsRead: 0 });
    expect(file("trasig.xlsx").messages[0]).toMatch(/kunde inte läsas.*zip/);
    expect(file("anteckningar.xlsx")).toMatchObject({ status: "no-tables", rowsRead: 0 });
    const mixed = file("blandad.xlsx");
    expect(mixed).toMatchObject({ status: "several-regions", region: null, rowsRead: 2, rowsRejected: 2, rowsInMaster: 0 });
    expect(mixed.messages).toContain("Arbetsboken anger flera regioner (Norrbotten, Skåne) och inget informationsblad som avgör vilken den gäller.");
    expect(rowsOf("Norrbotten", 1).every((r) => r.lineage.file === "Norrbotten.xlsx")).toBe(true);
    expect(result.missingRegions).toEqual([]);
  });

  it("uses one of two workbooks for a region: the newer by Skapad, else by file date", () => {
    // In publication order of the regions.
    expect(result.duplicates).toEqual([
      { region: "Västerbotten", files: ["Västerbotten (1).xlsx", "Västerbotten.xlsx"], used: "Västerbotten.xlsx", by: "fileDate", date: "2024-03-01T10:00:00Z", why: "nyast enligt filens datum: 2024-03-01T10:00:00Z" },
      { region: "Örebro", files: ["Örebro ny.xlsx", "Örebro.xlsx"], used: "Örebro ny.xlsx", by: "created", date: "2024-02-20", why: "nyast enligt informationsbladets Skapad: 2024-02-20" },
    ]);
    expect(rowsOf("Örebro", 1)[0].values.outputs).toBe(ÖREBRO_CHANGED_OUTPUTS);
    expect(file("Örebro.xlsx")).toMatchObject({ status: "superseded", rowsRejected: 31, rowsInMaster: 0 });
    expect(rejectedWith("superseded").filter((r) => r.file === "Örebro.xlsx")[0].reason).toBe(
      "Regionen har en annan arbetsbok som används: Örebro ny.xlsx (nyast enligt informationsbladets Skapad: 2024-02-20)."
    );
    expect(result.board.find((b) => b.region === "Örebro")!.file).toBe("Örebro ny.xlsx");
  });

  it("lets the coordinator choose the file for a region", () => {
    const chosen = consolidate(inputs, { choices: { Örebro: "Örebro.xlsx" }, validate: false });
    expect(chosen.duplicates.find((d) => d.region === "Örebro")).toMatchObject({ used: "Örebro.xlsx", by: "choice" });
    expect(chosen.master.activity[1].find((r) => r.region === "Örebro")!.values.outputs).toBe(published("Örebro", 1)[0].outputs);
  });

  it("falls back to the first file by name when no date tells two workbooks apart, and says so", () => {
    const same = consolidate(
      [inputs.find((i) => i.file === "Örebro.xlsx")!, { ...inputs.find((i) => i.file === "Örebro.xlsx")!, file: "Örebro kopia.xlsx" }],
      { validate: false }
    );
    // Both have the same Skapad: dates less than a minute apart are no reason, the coordinator is asked.
    expect(same.duplicates[0]).toMatchObject({ used: "Örebro kopia.xlsx", by: "ask" });
    expect(same.duplicates[0].why).toMatch(/välj fil/);
  });

  it("reads table 8 with a column per question, by number or by question text", () => {
    for (const region of ["Uppsala", "Östergötland"] as const) {
      const entry = result.master.form.find((e) => e.region === region)!;
      const row = region === "Östergötland" ? 5 : 3;
      expect(entry.answers).toEqual(
        reportOf(region).table8.map((a) => ({ question: a.question, text: a.text, answer: a.answer ?? "", lineage: { file: `${region}.xlsx`, sheet: "Anslag", row } }))
      );
    }
  });

  it("shows every rejected row on Avvisat with file, sheet, row, reason and its cells", () => {
    const sheet = result.spec.sheets.find((s) => s.name === "Avvisat")!;
    expect(sheet.values[2].slice(0, 6)).toEqual(["Fil", "Blad", "Rad", "Tabell", "Region", "Skäl"]);
    const rows = sheet.values.slice(3, 3 + result.rejected.length);
    rows.forEach((row, i) => {
      const r = result.rejected[i];
      expect(row.slice(0, 6)).toEqual([r.file, r.sheet, r.row, r.table, r.region, r.reason]);
      expect(row.slice(6)).toEqual(r.cells);
    });
  });

  it("reports per file rows read, in the master, rejected and the findings", () => {
    expect(file("Kalmar.xlsx")).toMatchObject({ status: "used", region: "Kalmar", rowsRejected: 2 });
    expect(file("Kalmar.xlsx").findings.varning).toBeGreaterThan(0);
    expect(file("Västmanland.xlsx").emptyTemplateRows).toBe(1);
    for (const f of result.files) expect(f.rowsRead).toBe(f.rowsInMaster + f.rowsRejected);
  });

  it("gives a master that passes validation without master-caused errors", () => {
    const master = validateWorkbook(gridsOf(result), { file: "master.xlsx" });
    const codes = new Set(master.findings.filter((f) => f.severity === "fel").map((f) => f.code));
    expect([...codes].filter((c) => /^(INFO_|TEMPLATE_|TABLE_|HEADER_|COLUMN_|REGION_|PLACEHOLDER_|FORM_QUESTION)/.test(c))).toEqual([]);
  });
});
