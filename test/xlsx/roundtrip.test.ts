/**
 * Templates written to .xlsx by the CLI code path read back through the project's own reader
 * (loadWorkbook + readReport, src/core/read) with the same sheets, headings, dropdowns and rows.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { SheetGrid } from "../../src/core/grid";
import { readReport } from "../../src/core/read";
import { recogniseWorkbook } from "../../src/core/recognise";
import { REGIONS } from "../../src/core/regions";
import type { ActivityRow, RegionReport } from "../../src/core/report";
import { reportsFromSample, type SampleData } from "../../src/core/sample";
import { snapshotOfSpec } from "../../src/core/snapshot";
import { buildTemplate, HEADER_ROW } from "../../src/core/template";
import { loadWorkbook, writeSpecToFile } from "../../src/xlsx";

const sample = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "data", "sample-2023.json"), "utf8")) as SampleData;
const reports = reportsFromSample(sample);
const created = "2026-11-26";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-roundtrip-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function writeAndRead(report: RegionReport, file: string) {
  await writeSpecToFile(buildTemplate({ region: report.region, year: report.year, created, rows: report.tables, table8: report.table8 }), file);
  return loadWorkbook(file);
}

describe("a template made by the CLI", () => {
  test("reads back with the same sheets, headings, dropdowns, tables and frozen rows", async () => {
    const out = path.join(dir, "jonkoping.xlsx");
    const lines: string[] = [];
    const code = await main(["template", "--region", "Region Jönköpings län", "--year", "2024", "--contact", "Anna Andersson", "--out", out], (l) => lines.push(l), (l) => lines.push(l));
    expect(code).toBe(0);

    const loaded = await loadWorkbook(out);
    const info = loaded.sheets.find((s) => s.name === "Information")!;
    const stamp = String(info.values.find((row) => row[0] === "Skapad")?.[1]);
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const expected = buildTemplate({ region: "Jönköping", year: 2024, contact: "Anna Andersson", created: stamp });
    expect(loaded.snapshot).toEqual(snapshotOfSpec(expected));

    // The same, said explicitly, so a failure reads as what broke.
    const snapshot = loaded.snapshot.sheets;
    expect(snapshot.map((s) => [s.name, s.hidden])).toEqual([
      ["Information", false], ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`Tabell ${n}`, false]), ["Listor", true],
    ]);
    const t3 = snapshot.find((s) => s.name === "Tabell 3")!;
    expect(t3.values[0][0]).toBe("Tabell 3. Innovation och förnyelse samt entreprenörskap och företagande i hela landet");
    expect(t3.values[HEADER_ROW - 1][1]).toBe("Namn på insats och kort beskrivning");
    expect(String(t3.values[HEADER_ROW - 1][4]).startsWith("Mål\nVilket eller vilka mål")).toBe(true);
    expect(t3.frozenRows).toBe(HEADER_ROW);
    expect(t3.tables).toEqual([{ name: "Tabell3", range: "A3:E4" }]);
    expect(t3.validations).toEqual([{ range: "A4:A303", source: "=Listor!$A$2:$A$22" }]);
    const t8 = snapshot.find((s) => s.name === "Tabell 8")!;
    expect(t8.validations).toEqual(["D6", "D7", "D8"].map((range) => ({ range, source: "=Listor!$B$2:$B$3" })));
    expect(t8.values.slice(HEADER_ROW).map((row) => row[1])).toEqual([1, 2, 3, 4, 5, 6]);

    const { report, problem } = readReport(loaded.sheets);
    expect(problem).toBeUndefined();
    expect(report).toEqual({ region: "Jönköping", year: 2024, contact: "Anna Andersson", tables: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] }, table8: [] });
  });

  test("has widths and wrapped text on headings and data cells", async () => {
    const file = path.join(dir, "format.xlsx");
    await writeSpecToFile(buildTemplate({ region: "Kalmar", year: 2023, created }), file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("Tabell 1")!;
    for (let c = 1; c <= 5; c++) {
      expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(15);
      expect(sheet.getCell(HEADER_ROW, c).alignment?.wrapText).toBe(true);
      expect(sheet.getCell(HEADER_ROW + 1, c).alignment?.wrapText).toBe(true);
      expect(sheet.getCell(HEADER_ROW + 1, c).numFmt).toBe("@");
    }
    expect(sheet.getCell(HEADER_ROW, 1).font?.bold).toBe(true);
  });
});

describe("a template filled with the 2023 sample", () => {
  test("Blekinge's rows and table 8 answers read back unchanged", async () => {
    const blekinge = reports.find((r) => r.region === "Blekinge")!;
    const rowCount = Object.values(blekinge.tables).reduce((n, rows) => n + rows.length, 0);
    expect(rowCount).toBeGreaterThan(10);
    expect(blekinge.table8).toHaveLength(6);

    const loaded = await writeAndRead(blekinge, path.join(dir, "blekinge.xlsx"));
    expect(loaded.snapshot).toEqual(
      snapshotOfSpec(buildTemplate({ region: "Blekinge", year: 2023, created, rows: blekinge.tables, table8: blekinge.table8 }))
    );
    const { report } = readReport(loaded.sheets);
    expect(report).not.toBeNull();
    for (const n of [1, 2, 3, 4, 5, 6, 7] as const) expect(report!.tables[n]).toEqual(blekinge.tables[n]);
    expect(report!.table8).toEqual(blekinge.table8);
    expect(report).toEqual({ ...blekinge, contact: undefined });
  });

  test("all 21 regions' rows read back unchanged, 534 rows in all", async () => {
    let rows = 0;
    for (const expected of reports) {
      const loaded = await writeAndRead(expected, path.join(dir, `${expected.region}.xlsx`));
      const { report, problem } = readReport(loaded.sheets);
      expect(problem).toBeUndefined();
      expect(report).toEqual({ ...expected, contact: undefined });
      rows += Object.values(report!.tables).reduce((n, t) => n + t.length, 0);
    }
    expect(reports.map((r) => r.region)).toEqual([...REGIONS]);
    expect(rows).toBe(534);
  }, 120_000);
});

describe("text that looks like a formula", () => {
  const hostile: ActivityRow = {
    region: "Blekinge",
    activity: '=HYPERLINK("http://example.com","klicka")',
    outputs: "+46 10 123 45 67",
    effects: "- ökad sysselsättning\n- fler företag",
    goals: "@Mål i RUS: Stärkt attraktivitet",
  };
  const sums: ActivityRow = { region: "Blekinge", activity: "=SUM(1,2)", outputs: "=1+1", effects: "-1", goals: "+A1" };

  test("is stored as a string cell, never a formula, and reads back as the same text", async () => {
    const file = path.join(dir, "hostile.xlsx");
    await writeSpecToFile(
      buildTemplate({
        region: "Blekinge",
        year: 2023,
        created,
        contact: "=cmd|' /C calc'!A0",
        rows: { 1: [hostile, sums] },
        table8: [{ question: 1, answer: null, text: "=2+2" }],
      }),
      file
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const formulas: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula !== undefined || cell.type === ExcelJS.ValueType.Formula) formulas.push(`${sheet.name}!${cell.address}`);
        })
      )
    );
    expect(formulas).toEqual([]);
    const t1 = workbook.getWorksheet("Tabell 1")!;
    const cells = ["B4", "C4", "D4", "E4", "B5", "C5", "D5", "E5"].map((a) => t1.getCell(a));
    for (const cell of cells) {
      expect(cell.formula).toBeUndefined();
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(typeof cell.value).toBe("string");
    }
    expect(cells.map((c) => c.value)).toEqual([hostile.activity, hostile.outputs, hostile.effects, hostile.goals, sums.activity, sums.outputs, sums.effects, sums.goals]);
    expect(workbook.getWorksheet("Information")!.getCell("B5").formula).toBeUndefined();

    const { report } = readReport((await loadWorkbook(file)).sheets);
    expect(report!.tables[1]).toEqual([hostile, sums]);
    expect(report!.contact).toBe("=cmd|' /C calc'!A0");
    expect(report!.table8).toEqual([{ question: 1, answer: null, text: "=2+2" }]);
  });
});

describe("recognising workbooks that only look like the template", () => {
  const goals = "Mål\nVilket eller vilka mål i den regionala utvecklingsstrategin, Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning som insatsen ska bidra till";

  test("renamed sheet, title rows, broken and spaced headers, other column order, an extra column, blank rows", () => {
    const grid: SheetGrid = {
      name: "3 Innovation",
      values: [
        ["Region Blekinges redovisning 2023"],
        [],
        ["Innovation och förnyelse samt entreprenörskap och företagande i hela landet"],
        ["Fyll i en rad per insats"],
        [
          "Namn på insats\noch kort beskrivning",
          "Kommentar",
          "  Region ",
          goals.replace("\n", "\r\n"),
          "Om möjligt resultat i form av\nuppnådda effekter under året",
          "Resultat  i form av   uppnådda prestationer under året",
        ],
        ["Insats A", "intern not", "Blekinge", "Mål 1", "För tidigt att säga", "Tio företag"],
        [null, "", null, null, null, null],
        [],
        ["Insats B", null, "Region Blekinge", "Mål 2", "", "Fem kurser"],
      ],
    };
    const recognition = recogniseWorkbook([grid]);
    expect(recognition.headerless).toEqual([]);
    expect(recognition.tables).toHaveLength(1);
    const table = recognition.tables[0];
    expect(table.def.number).toBe(3);
    expect(table.sheet).toBe("3 Innovation");
    expect(table.headerRow).toBe(5);
    expect(table.missingColumns).toEqual([]);
    expect(table.columns).toEqual({ activity: 0, region: 2, goals: 3, effects: 4, outputs: 5 });
    expect(table.rows).toEqual([
      {
        sheetRow: 6,
        values: { region: "Blekinge", activity: "Insats A", outputs: "Tio företag", effects: "För tidigt att säga", goals: "Mål 1" },
        extra: { Kommentar: "intern not" },
      },
      {
        sheetRow: 9,
        values: { region: "Region Blekinge", activity: "Insats B", outputs: "Fem kurser", effects: "", goals: "Mål 2" },
        extra: {},
      },
    ]);
    const { report } = readReport([grid]);
    expect(report?.region).toBe("Blekinge");
    expect(report?.tables[3].map((r) => r.activity)).toEqual(["Insats A", "Insats B"]);
  });

  test("a Mål header written on one line with a dash or colon is still the Mål column", () => {
    for (const header of [
      "Mål — Vilket eller vilka mål i den regionala utvecklingsstrategin, Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning som insatsen ska bidra till",
      "Mål - Vilket eller vilka mål i den regionala utvecklingsstrategin, Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning som insatsen ska bidra till",
      "Mål: Vilket eller vilka mål i den regionala utvecklingsstrategin, Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning som insatsen ska bidra till",
      "Mål",
    ]) {
      const grid: SheetGrid = {
        name: "Tabell 7",
        values: [
          ["Region", "Namn på insats och kort beskrivning", "Resultat i form av uppnådda prestationer under året", "Om möjligt resultat i form av uppnådda effekter under året", header],
          ["Gotland", "Insats", "Resultat", "", "Agenda 2030 mål 13"],
        ],
      };
      const [table] = recogniseWorkbook([grid]).tables;
      expect(table.missingColumns).toEqual([]);
      expect(table.rows[0].values.goals).toBe("Agenda 2030 mål 13");
      expect(table.rows[0].extra).toEqual({});
    }
  });

  test("a table with a short title is found by its sheet name; table 8 with reordered columns", () => {
    const grids: SheetGrid[] = [
      {
        name: "Jämställdhet",
        values: [
          ["Region", "Namn på insats och kort beskrivning", "Resultat i form av uppnådda prestationer under året"],
          ["Halland", "Insats J", "Resultat J"],
        ],
      },
      {
        name: "Anslag",
        values: [
          ["TABELL 8 Fördelning av anslag 1:1 Regionala utvecklingsåtgärder"],
          ["Svar", "Ja/Nej", "Fråga nr", "Region"],
          ["Därför", null, 1, "Halland"],
          ["Bidragit", "Ja", 3, "Halland"],
        ],
      },
    ];
    const recognition = recogniseWorkbook(grids);
    expect(recognition.tables.map((t) => [t.sheet, t.def.number])).toEqual([["Jämställdhet", 5], ["Anslag", 8]]);
    expect(recognition.tables[0].missingColumns.map((c) => c.key)).toEqual(["effects", "goals"]);
    const { report } = readReport(grids);
    expect(report?.region).toBe("Halland");
    expect(report?.tables[5]).toEqual([{ region: "Halland", activity: "Insats J", outputs: "Resultat J", effects: "", goals: "" }]);
    expect(report?.table8).toEqual([
      { question: 1, answer: null, text: "Därför" },
      { question: 3, answer: "Ja", text: "Bidragit" },
    ]);
  });

  test("a hand-made .xlsx with merged title cells, a formula and a number in text cells is read", async () => {
    const file = path.join(dir, "handmade.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tabell 2");
    sheet.getCell("A1").value = "Tabell 2. Kompetensförsörjning och kompetensutveckling i hela landet";
    sheet.mergeCells("A1:E1");
    sheet.getRow(3).values = ["Region", "Namn på insats och kort beskrivning", "Resultat i form av uppnådda prestationer under året", "Om möjligt resultat i form av uppnådda effekter under året", "Mål"];
    sheet.getRow(4).values = ["Dalarna", "Yrkesutbildning", 42, { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue, "RUS"];
    await workbook.xlsx.writeFile(file);

    const loaded = await loadWorkbook(file);
    const [table] = recogniseWorkbook(loaded.sheets).tables;
    expect(table.def.number).toBe(2);
    expect(table.headerRow).toBe(3);
    expect(table.rows).toEqual([
      { sheetRow: 4, values: { region: "Dalarna", activity: "Yrkesutbildning", outputs: "42", effects: "2", goals: "RUS" }, extra: {} },
    ]);
  });
});
