/**
 * The reviewer's workbench in the core: every finding's region and source, justified exceptions
 * (accepted, reopened on a change, never for errors, carried into the master) and the validation
 * stamp. Expected positions come from the sample data and from the grids themselves (the master's
 * lineage cells as written), never from the validator.
 */
import { consolidate } from "../../../src/core/consolidation";
import { cellText, type SheetGrid } from "../../../src/core/grid";
import { REGIONS } from "../../../src/core/regions";
import { LINEAGE_HEADERS } from "../../../src/core/sheets";
import {
  exceptionFor, EXCEPTIONS_SHEET, exceptionsGrid, type Finding, makeStamp, readExceptions, REPORT_SHEET, STAMP_SHEET, stampGrid, stampStatus,
  validateWorkbook, withException, workbookFingerprint,
} from "../../../src/core/validation";
import { gridsOf, sampleInputs } from "../consolidation/helpers";
import { sample, sampleWorkbook, setCell, sheet, validate } from "./helpers";

const ACCEPT = { reason: "Insatsen startade i december; effekter redovisas nästa år.", by: "Anna Granskare", at: "2024-03-01T10:00:00+01:00" };

/** Gotland's table 3 rows in the sample, in order: the first with no effects is on sheet row 4 + its index. */
function gotlandEmptyEffects(): { sheetRow: number; cell: string } {
  const rows = sample.tables["3"].filter((r) => r.region === "Gotland");
  const index = rows.findIndex((r) => !r.effects?.trim());
  expect(index).toBeGreaterThanOrEqual(0);
  // The template: title, note, header on row 3, data from row 4; Effekter is column D.
  return { sheetRow: 4 + index, cell: `D${4 + index}` };
}

function withSheet(grids: SheetGrid[], name: string, values: SheetGrid["values"]): SheetGrid[] {
  return [...grids.filter((g) => g.name !== name), { name, values, hidden: true }];
}

describe("region and source of every finding", () => {
  it("on a regional workbook: the workbook's region, the file, and the finding's own sheet and row", () => {
    const result = validate(sampleWorkbook("Gotland"));
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(f.region).toBe("Gotland");
      expect(f.sourceFile).toBe("test.xlsx");
      if (f.row !== undefined) expect([f.sourceSheet, f.sourceRow]).toEqual([f.sheet, f.row]);
    }
    const { cell } = gotlandEmptyEffects();
    expect(result.findings.find((f) => f.code === "EFFECTS_EMPTY" && f.sheet === "Tabell 3")?.cell).toBe(cell);
  });

  it("on the master of the 21 sample workbooks: the row's region and its lineage, as written in the master", () => {
    const master = gridsOf(consolidate(sampleInputs()));
    const result = validateWorkbook(master, { file: "master.xlsx" });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(REGIONS).toContain(f.region);
      expect(f.sourceFile).toBe(`${f.region}.xlsx`);
      // Read the row's Region and lineage cells straight from the grid.
      const grid = sheet(master, f.sheet!).values;
      const header = grid[2].map((v) => cellText(v));
      const row = grid[f.row! - 1];
      expect(cellText(row[0])).toBe(f.region);
      const [file, source, sourceRow] = LINEAGE_HEADERS.map((h) => cellText(row[header.indexOf(h)]));
      expect([f.sourceFile, f.sourceSheet, String(f.sourceRow)]).toEqual([file, source, sourceRow]);
    }
  });

  it("a region's missing table 8 answer on a master names the region", () => {
    const result = consolidate(sampleInputs(["Blekinge", "Gotland"]));
    const grids = gridsOf(result);
    const table8 = sheet(grids, "Tabell 8").values;
    // Drop Gotland's answer to question 2 from the master.
    const index = table8.findIndex((row) => cellText(row[0]) === "Gotland" && cellText(row[1]) === "2");
    table8.splice(index, 1);
    const missing = validateWorkbook(grids).findings.filter((f) => f.code === "FORM_ANSWER_MISSING");
    expect(missing.map((f) => [f.region, f.sourceFile])).toEqual([["Gotland", "Gotland.xlsx"]]);
  });
});

describe("justified exceptions", () => {
  function acceptedWorkbook(): { grids: SheetGrid[]; finding: Finding } {
    const grids = sampleWorkbook("Gotland");
    const { cell } = gotlandEmptyEffects();
    const finding = validate(grids).findings.find((f) => f.code === "EFFECTS_EMPTY" && f.cell === cell)!;
    const exceptions = [exceptionFor(finding, ACCEPT)];
    return { grids: withSheet(grids, EXCEPTIONS_SHEET, exceptionsGrid(exceptions)), finding };
  }

  it("the next validation shows the warning as accepted, with who, when and why, and does not count it", () => {
    const before = validate(sampleWorkbook("Gotland"));
    const { grids, finding } = acceptedWorkbook();
    const after = validate(grids);
    const same = after.findings.find((f) => f.key === finding.key)!;
    expect(same.accepted).toEqual(ACCEPT);
    expect(after.accepted).toBe(1);
    expect(after.counts).toEqual({ fel: before.counts.fel, varning: before.counts.varning - 1 });
    expect(after.findings).toHaveLength(before.findings.length);
    expect(readExceptions(grids)).toEqual([expect.objectContaining({ code: "EFFECTS_EMPTY", region: "Gotland", sheet: "Tabell 3", reason: ACCEPT.reason, by: ACCEPT.by })]);
  });

  it("a change to the cell's text reopens it: open again, counted again, with the old acceptance shown", () => {
    const grids = sampleWorkbook("Gotland");
    // Gotland's only unrecognised Mål cell in the sample is table 4's first row (E4).
    const warning = validate(grids).findings.find((f) => f.code === "GOALS_UNRECOGNISED")!;
    expect([warning.sheet, warning.cell]).toEqual(["Tabell 4", "E4"]);
    const accepted = withSheet(grids, EXCEPTIONS_SHEET, exceptionsGrid([exceptionFor(warning, ACCEPT)]));
    const before = validate(accepted);
    expect(before.findings.find((f) => f.key === warning.key)?.accepted).toEqual(ACCEPT);
    // Spaces around the text are no change to what a person reads.
    setCell(accepted, "Tabell 4", "E4", `  ${cellText(sheet(grids, "Tabell 4").values[3][4])}  `);
    expect(validate(accepted).accepted).toBe(1);
    setCell(accepted, "Tabell 4", "E4", "Något helt annat som inte heller är ett mål");
    const changed = validate(accepted);
    const again = changed.findings.find((f) => f.key === warning.key)!;
    expect(again.accepted).toBeUndefined();
    expect(again.reopened).toEqual(ACCEPT);
    expect(changed.accepted).toBe(0);
    expect(changed.counts.varning).toBe(before.counts.varning + 1);
  });

  it("errors cannot be accepted, not even by a hand-written exception row", () => {
    const grids = sampleWorkbook("Gotland");
    setCell(grids, "Tabell 3", "B4", "");
    const error = validate(grids).findings.find((f) => f.severity === "fel" && f.code === "ROW_MISSING_ACTIVITY")!;
    expect(() => exceptionFor(error, ACCEPT)).toThrow(/Bara varningar/);
    const forged = { ...exceptionFor({ ...error, severity: "varning" }, ACCEPT) };
    const result = validate(withSheet(grids, EXCEPTIONS_SHEET, exceptionsGrid([forged])));
    expect(result.findings.find((f) => f.key === error.key)?.accepted).toBeUndefined();
    expect(result.accepted).toBe(0);
  });

  it("two findings of one code in one cell are accepted one by one", () => {
    const grids = sampleWorkbook("Gotland");
    setCell(grids, "Tabell 1", "E4", "Agenda 2030: Mål 19 Bättre väder\nAgenda 2030: Mål 23 Mer sol");
    const twice = validate(grids).findings.filter((f) => f.code === "AGENDA2030_NUMBER_OUT_OF_RANGE" && f.cell === "E4");
    expect(twice).toHaveLength(2);
    expect(twice[0].key).not.toBe(twice[1].key);
  });

  it("a second acceptance of the same finding replaces the first", () => {
    const { finding } = acceptedWorkbook();
    const first = exceptionFor(finding, ACCEPT);
    const second = exceptionFor(finding, { ...ACCEPT, reason: "Ny motivering" });
    expect(withException([first], second)).toEqual([second]);
  });

  it("travel with the rows into the master: the master's finding on that row is accepted", () => {
    const { grids, finding } = acceptedWorkbook();
    const inputs = sampleInputs().map((input) => (input.file === "Gotland.xlsx" ? { ...input, grids } : input));
    const master = gridsOf(consolidate(inputs));
    expect(master.find((g) => g.name === EXCEPTIONS_SHEET)?.hidden).toBe(true);
    const result = validateWorkbook(master);
    const accepted = result.findings.filter((f) => f.accepted);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toEqual(expect.objectContaining({ code: "EFFECTS_EMPTY", region: "Gotland", sourceFile: "Gotland.xlsx", sourceSheet: "Tabell 3", sourceRow: finding.row, accepted: ACCEPT }));
    // A master consolidated again from itself as the previous master keeps Gotland's exception.
    const again = gridsOf(consolidate(sampleInputs(["Blekinge"]), { previous: master }));
    expect(validateWorkbook(again).findings.filter((f) => f.accepted).map((f) => f.region)).toEqual(["Gotland"]);
  });
});

describe("the validation stamp", () => {
  it("the fingerprint follows the cell contents, not the product's own sheets, marks or trailing blanks", () => {
    const grids = sampleWorkbook("Gotland");
    const base = workbookFingerprint(grids);
    const result = validate(grids);
    expect(result.fingerprint).toBe(base);
    const stamped = withSheet(withSheet(withSheet(grids, STAMP_SHEET, stampGrid(makeStamp(result, new Date(2024, 2, 1)), result.settings)), EXCEPTIONS_SHEET, exceptionsGrid([])), REPORT_SHEET, [["Validering"]]);
    expect(workbookFingerprint(stamped)).toBe(base);
    const padded = grids.map((g) => ({ ...g, values: [...g.values.map((row) => [...row, null, ""]), [], ["", null]] }));
    expect(workbookFingerprint(padded)).toBe(base);
    const edited = sampleWorkbook("Gotland");
    setCell(edited, "Tabell 3", "C4", "Ändrad text");
    expect(workbookFingerprint(edited)).not.toBe(base);
  });

  it("stampStatus: never validated, validated and unchanged, changed since", () => {
    const grids = sampleWorkbook("Kalmar");
    expect(stampStatus(grids).state).toBe("never");
    const result = validate(grids);
    const stamp = makeStamp(result, new Date(2024, 2, 1, 14, 3));
    const stamped = withSheet(grids, STAMP_SHEET, stampGrid(stamp, result.settings));
    const status = stampStatus(stamped);
    expect(status).toEqual({ state: "unchanged", stamp, clean: result.counts.fel === 0, currentRules: true });
    expect(status.stamp!.validatedAt).toMatch(/^2024-03-01T14:03:00[+-]\d\d:\d\d$/);
    setCell(stamped, "Tabell 1", "C4", "Något annat");
    expect(stampStatus(stamped)).toEqual(expect.objectContaining({ state: "changed", clean: false }));
  });

  it("the board shows each region's stamp", () => {
    const kalmar = sampleWorkbook("Kalmar");
    const result = validate(kalmar);
    const stamped = withSheet(kalmar, STAMP_SHEET, stampGrid(makeStamp(result, new Date()), result.settings));
    const board = consolidate([{ file: "Kalmar.xlsx", grids: stamped }, { file: "Gotland.xlsx", grids: sampleWorkbook("Gotland") }]).board;
    expect(board.find((b) => b.region === "Kalmar")?.stamp?.state).toBe("unchanged");
    expect(board.find((b) => b.region === "Gotland")?.stamp?.state).toBe("never");
    expect(board.find((b) => b.region === "Blekinge")?.stamp).toBeUndefined();
  });

  it("validation as you type is on by default for a regional workbook, off for a master, and follows the workbook's setting", () => {
    const regional = sampleWorkbook("Kalmar");
    expect(validate(regional).settings).toEqual({ liveValidation: true });
    expect(validateWorkbook(gridsOf(consolidate(sampleInputs(["Kalmar"])))).settings).toEqual({ liveValidation: false });
    expect(validate(withSheet(regional, STAMP_SHEET, stampGrid(null, { liveValidation: false }))).settings).toEqual({ liveValidation: false });
  });
});
