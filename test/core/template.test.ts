/**
 * The report template as data (the WorkbookSpec both writers render). Titles, headings and
 * questions are compared with literal text copied from PRODUCT.md, not with tables.ts,
 * so a typo in the table definitions fails here.
 */
import { type CellValue, type Grid, parseRange } from "../../src/core/grid";
import { REGIONS } from "../../src/core/regions";
import { buildTemplate, DROPDOWN_ROWS, HEADER_ROW, LISTS_SHEET, TEMPLATE_VERSION, templateSheetNames } from "../../src/core/template";
import type { SheetSpec, WorkbookSpec } from "../../src/core/workbookSpec";

const TITLES = [
  "Likvärdiga möjligheter till boende, arbete och välfärd i hela landet",
  "Kompetensförsörjning och kompetensutveckling i hela landet",
  "Innovation och förnyelse samt entreprenörskap och företagande i hela landet",
  "Tillgänglighet i hela landet genom digital kommunikation och transportsystemet",
  "Jämställdhet",
  "Integration",
  "Miljö och klimat",
  "Fördelning av anslag 1:1 Regionala utvecklingsåtgärder",
];

const ACTIVITY_HEADERS = [
  "Region",
  "Namn på insats och kort beskrivning",
  "Resultat i form av uppnådda prestationer under året",
  "Om möjligt resultat i form av uppnådda effekter under året",
];
const GOALS_FIRST_LINE = "Mål";
const GOALS_SECOND_LINE =
  "Vilket eller vilka mål i den regionala utvecklingsstrategin, Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning som insatsen ska bidra till";

const QUESTIONS = [
  "Beskrivning av varför regionen har fördelat anslaget mellan projektverksamhet, regionala företagsstöd och stöd till kommersiell service på det sätt de gjort.",
  "Beskrivning av hur regionen har integrerat ekonomisk, social och miljömässig hållbarhet i beslut om medel från anslaget till projektverksamhet, regionala företagsstöd och stöd till kommersiell service.",
  "Beskrivning av hur anslaget har bidragit till att nå målen i den regionala utvecklingsstrategin.",
  "Beskrivning av hur anslaget har bidragit till att nå målen i nationellt och regionala program för Regionalfonden.",
  "Beskrivning av hur anslaget har bidragit till att nå målen i Interreg-program.",
  "Beskrivning på vilket sätt olika territoriella perspektiv har beaktats och påverkat beslut om medel.",
];

const created = "2026-11-26";
const spec = buildTemplate({ region: "Jönköping", year: 2024, contact: "Anna Andersson", email: "anna@example.se", created });

function sheet(workbook: WorkbookSpec, name: string): SheetSpec {
  const found = workbook.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function cell(grid: Grid, address: string): CellValue | undefined {
  const r = parseRange(address);
  return grid[r.firstRow - 1]?.[r.firstColumn - 1];
}

/** The cells a list source like "=Listor!$A$2:$A$22" points at, read from the spec's own sheets. */
function listValues(workbook: WorkbookSpec, source: string): CellValue[] {
  const match = /^=(\w+)!(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)$/.exec(source);
  if (!match) throw new Error(`not a range source: ${source}`);
  const target = sheet(workbook, match[1]);
  const r = parseRange(match[2]);
  const values: CellValue[] = [];
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    for (let column = r.firstColumn; column <= r.lastColumn; column++) values.push(target.values[row - 1]?.[column - 1] ?? null);
  }
  return values;
}

const tableSheets = () => [1, 2, 3, 4, 5, 6, 7, 8].map((n) => sheet(spec, `Tabell ${n}`));

describe("template sheets", () => {
  test("information sheet, one sheet per table, then the hidden lists sheet", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      "Information", "Tabell 1", "Tabell 2", "Tabell 3", "Tabell 4", "Tabell 5", "Tabell 6", "Tabell 7", "Tabell 8", "Listor",
    ]);
    expect(templateSheetNames()).toEqual(spec.sheets.map((s) => s.name));
    expect(spec.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([LISTS_SHEET]);
  });

  test("the information sheet holds region, year, contact, template version and creation date", () => {
    const info = sheet(spec, "Information");
    const fields = Object.fromEntries(info.values.filter((row) => row.length >= 2).map((row) => [row[0], row[1]]));
    expect(fields).toMatchObject({
      Region: "Jönköping",
      År: 2024,
      Kontaktperson: "Anna Andersson",
      "E-post": "anna@example.se",
      Mallversion: TEMPLATE_VERSION,
      Skapad: created,
    });
    expect(TEMPLATE_VERSION).toMatch(/\S/);
    const regionCell = info.values.findIndex((row) => row[0] === "Region") + 1;
    expect(info.validations).toEqual([{ range: `B${regionCell}`, source: `=Listor!$A$2:$A$22` }]);
  });

  test("creation date defaults to today", () => {
    const today = new Date().toISOString().slice(0, 10);
    const info = sheet(buildTemplate({ region: "Skåne", year: 2023 }), "Information");
    expect(info.values.find((row) => row[0] === "Skapad")?.[1]).toBe(today);
  });
});

describe("table sheets", () => {
  test("titles are exactly as published, numbered, in the first row", () => {
    tableSheets().forEach((s, i) => {
      expect(s.values[0]).toEqual([`Tabell ${i + 1}. ${TITLES[i]}`]);
      expect(s.titleRows).toEqual([1]);
    });
  });

  test("tables 1–7 have the five published headings, Mål with its second line", () => {
    for (const s of tableSheets().slice(0, 7)) {
      const header = s.values[HEADER_ROW - 1];
      expect(header.slice(0, 4)).toEqual(ACTIVITY_HEADERS);
      expect(header).toHaveLength(5);
      expect(String(header[4]).split("\n")).toEqual([GOALS_FIRST_LINE, GOALS_SECOND_LINE]);
      expect(s.headerRow).toBe(HEADER_ROW);
    }
  });

  test("every table is an Excel table over its header and rows, with frozen header rows", () => {
    tableSheets().forEach((s, i) => {
      const rows = s.values.length - HEADER_ROW;
      expect(rows).toBeGreaterThanOrEqual(1);
      expect(s.tables).toEqual([{ name: `Tabell${i + 1}`, range: `A${HEADER_ROW}:E${HEADER_ROW + rows}` }]);
      expect(s.frozenRows).toBe(HEADER_ROW);
    });
  });

  test("column widths are set for every column and data cells wrap as text", () => {
    for (const s of tableSheets()) {
      expect(s.columnWidths).toHaveLength(5);
      for (const width of s.columnWidths) expect(width).toBeGreaterThanOrEqual(8);
      // Data rows are formatted as text ("@") and wrapped, from the first data row.
      const r = parseRange(s.textRanges[0]);
      expect(r).toMatchObject({ firstRow: HEADER_ROW + 1, firstColumn: 1, lastColumn: 5 });
      expect(r.lastRow).toBeGreaterThanOrEqual(s.values.length);
    }
  });

  test("an empty activity table starts with one row holding just the region", () => {
    for (const s of tableSheets().slice(0, 7)) expect(s.values.slice(HEADER_ROW)).toEqual([["Jönköping", "", "", "", ""]]);
  });

  test("tables 1–7 get a Region dropdown on the Region column from the hidden list, and no other dropdown", () => {
    for (const s of tableSheets().slice(0, 7)) {
      expect(s.validations).toEqual([{ range: `A${HEADER_ROW + 1}:A${HEADER_ROW + DROPDOWN_ROWS}`, source: "=Listor!$A$2:$A$22" }]);
      expect(listValues(spec, s.validations[0].source)).toEqual([...REGIONS]);
    }
  });

  test("the Region dropdown reaches every row even when a table has more rows than DROPDOWN_ROWS", () => {
    const many = Array.from({ length: DROPDOWN_ROWS + 5 }, (_, i) => ({ region: "Skåne", activity: `Insats ${i}`, outputs: "", effects: "", goals: "" }));
    const big = sheet(buildTemplate({ region: "Skåne", year: 2023, created, rows: { 2: many } }), "Tabell 2");
    const last = HEADER_ROW + many.length;
    expect(big.tables[0].range).toBe(`A${HEADER_ROW}:E${last}`);
    expect(parseRange(big.validations[0].range).lastRow).toBeGreaterThanOrEqual(last);
    expect(parseRange(big.textRanges[0]).lastRow).toBeGreaterThanOrEqual(last);
  });
});

describe("table 8", () => {
  const form = sheet(spec, "Tabell 8");
  const rows = form.values.slice(HEADER_ROW);

  test("has the six questions as rows, with their published text", () => {
    expect(form.values[HEADER_ROW - 1]).toEqual(["Region", "Fråga nr", "Fråga", "Ja/Nej", "Svar"]);
    expect(rows).toHaveLength(6);
    rows.forEach((row, i) => {
      expect(row[0]).toBe("Jönköping");
      expect(row[1]).toBe(i + 1);
      expect(row[2]).toBe(QUESTIONS[i]);
      expect(row[3]).toBe("");
      expect(row[4]).toBe("");
    });
  });

  test("Ja/Nej dropdowns on questions 3–5 only, from the hidden list", () => {
    const byRow = form.validations.map((v) => {
      const r = parseRange(v.range);
      expect(r.firstRow).toBe(r.lastRow);
      expect(r.firstColumn).toBe(4);
      return { question: cell(form.values, `B${r.firstRow}`), source: v.source };
    });
    expect(byRow).toEqual([3, 4, 5].map((question) => ({ question, source: "=Listor!$B$2:$B$3" })));
    expect(listValues(spec, form.validations[0].source)).toEqual(["Ja", "Nej"]);
  });

  test("given answers are written on their question's row", () => {
    const filled = sheet(
      buildTemplate({ region: "Kalmar", year: 2023, created, table8: [{ question: 4, answer: "Ja", text: "Svar fyra" }, { question: 1, answer: null, text: "Svar ett" }] }),
      "Tabell 8"
    );
    const body = filled.values.slice(HEADER_ROW);
    expect(body[0].slice(3)).toEqual(["", "Svar ett"]);
    expect(body[3].slice(3)).toEqual(["Ja", "Svar fyra"]);
    expect(body[1].slice(3)).toEqual(["", ""]);
  });
});

describe("lists sheet", () => {
  test("is hidden and holds the 21 regions and Ja/Nej, no validation uses a literal list", () => {
    const lists = sheet(spec, LISTS_SHEET);
    expect(lists.hidden).toBe(true);
    expect(lists.values.slice(1).map((row) => row[0])).toEqual([...REGIONS]);
    expect(lists.values.slice(1, 3).map((row) => row[1])).toEqual(["Ja", "Nej"]);
    for (const s of spec.sheets) {
      for (const v of s.validations) {
        expect(v.source).toMatch(/^=Listor!\$[A-Z]\$\d+:\$[A-Z]\$\d+$/);
        expect(v.source).not.toMatch(/"/);
      }
    }
  });
});
