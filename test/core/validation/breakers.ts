/**
 * One broken workbook per code: Blekinge's published report in the template (Kalmar's where the code
 * needs another region), changed in one place. The catalog test checks every declared code has one.
 */
import type { SheetGrid } from "../../../src/core/grid";
import { NO_ACTIVITIES_TEXT } from "../../../src/core/tables";
import { loadTaxonomy } from "../../../src/core/taxonomy";
import type { ValidationOptions } from "../../../src/core/validation";
import { reportOf, sampleWorkbook, setCell, sheet, workbook } from "./helpers";

export interface Breaker {
  grids: SheetGrid[];
  options?: ValidationOptions;
}

const blekinge = () => sampleWorkbook("Blekinge");

function edit(sheetName: string, address: string, value: string | number | null, grids = blekinge()): Breaker {
  setCell(grids, sheetName, address, value);
  return { grids };
}

function goals(text: string, region: "Blekinge" | "Kalmar" = "Blekinge"): Breaker {
  return edit("Tabell 1", "E4", text, sampleWorkbook(region));
}

function appendRow(sheetName: string, row: (string | number | null)[]): Breaker {
  const grids = blekinge();
  sheet(grids, sheetName).values.push(row);
  return { grids };
}

function copyOf(sheetName: string, hidden: boolean): Breaker {
  const grids = blekinge();
  const original = sheet(grids, sheetName);
  grids.push({ name: `${sheetName} (2)`, values: original.values.map((r) => [...r]), hidden });
  return { grids };
}

export const BREAKERS: Record<string, () => Breaker> = {
  INFO_SHEET_MISSING: () => ({ grids: blekinge().filter((g) => g.name !== "Information") }),
  INFO_REGION_MISSING: () => edit("Information", "B3", ""),
  INFO_REGION_UNKNOWN: () => edit("Information", "B3", "Region Atlantis"),
  INFO_YEAR_INVALID: () => edit("Information", "B4", "i fjol"),
  TEMPLATE_VERSION_UNKNOWN: () => edit("Information", "B7", "2019.4"),
  TEMPLATE_VERSION_MISSING: () => edit("Information", "B7", ""),
  TABLE_MISSING: () => ({ grids: blekinge().filter((g) => g.name !== "Tabell 5") }),
  TABLE_DUPLICATE: () => copyOf("Tabell 2", false),
  // What the .xlsx reader says of a cell that held a percentage, not text.
  CELL_NOT_TEXT: () => {
    const b = edit("Tabell 1", "C4", "12 %");
    b.grids.find((g) => g.name === "Tabell 1")!.nonText = [{ cell: "C4", kind: "number", shown: "12 %" }];
    return b;
  },
  TABLE_UNPLACED: () => {
    const grids = blekinge();
    const t2 = sheet(grids, "Tabell 2");
    t2.name = "Blad2";
    t2.values[0] = ["Kompetens och utbildning 2023"];
    return { grids };
  },
  TABLE_DUPLICATE_HIDDEN: () => copyOf("Tabell 2", true),
  HEADER_NOT_FOUND: () => {
    const grids = blekinge();
    sheet(grids, "Tabell 4").values[2] = ["Vem", "Vad", "Hur", "Varför", "Vart"];
    return { grids };
  },
  COLUMN_MISSING: () => {
    const grids = blekinge();
    for (const row of sheet(grids, "Tabell 1").values) row.splice(2, 1);
    return { grids };
  },
  COLUMN_UNKNOWN: () => {
    const grids = blekinge();
    setCell(grids, "Tabell 1", "F3", "Kommentar");
    setCell(grids, "Tabell 1", "F4", "Intern anteckning");
    return { grids };
  },
  GOAL_SHEET_INVALID: () => {
    const grids = blekinge();
    grids.push({ name: "Mål", values: [["Region", "Namn"], ["Atlantis", "Fler glada turister"]] });
    return { grids };
  },
  TABLE_EMPTY: () => ({ grids: workbook("Blekinge", { ...reportOf("Blekinge").tables, 6: [] }) }),
  // An empty Region cell is the workbook's region; it is missing only where no region is known at all.
  ROW_MISSING_REGION: () => {
    const grids = blekinge().filter((g) => g.name !== "Information");
    for (const g of grids) for (const row of g.values.slice(3)) if (row[0] === "Blekinge") row[0] = null;
    return { grids };
  },
  ROW_MISSING_ACTIVITY: () => edit("Tabell 1", "B4", ""),
  ROW_MISSING_OUTPUTS: () => edit("Tabell 1", "C4", ""),
  ROW_MISSING_GOALS: () => edit("Tabell 1", "E4", ""),
  EFFECTS_EMPTY: () => edit("Tabell 1", "D4", ""),
  REGION_UNKNOWN: () => edit("Tabell 1", "A4", "Atlantis"),
  REGION_MISMATCH: () => edit("Tabell 1", "A4", "Region Kalmar län"),
  PLACEHOLDER_WITH_ROWS: () => appendRow("Tabell 1", ["Blekinge", NO_ACTIVITIES_TEXT, "", "", ""]),
  ROW_DUPLICATE: () => {
    const grids = blekinge();
    const values = sheet(grids, "Tabell 2").values;
    values.push([...values[3]]);
    return { grids };
  },
  GOALS_UNRECOGNISED: () => goals("Vi gör det vi kan för länet."),
  AGENDA2030_NUMBER_OUT_OF_RANGE: () => goals("Agenda 2030: Mål 18 Hållbar rymdfart"),
  AGENDA2030_NAME_MISMATCH: () => goals("Agenda 2030: 3 Minskad ojämlikhet"),
  AGENDA2030_WRONG_YEAR: () => goals("Agenda 2023: 4 God utbildning för alla"),
  PO_NAME_MISMATCH: () => goals("PO1: Ett grönare Europa"),
  JTF_NOT_ELIGIBLE: () => goals("Fonden för en rättvis omställning"),
  INTERREG_NOT_ELIGIBLE: () => goals("Interreg Aurora"),
  INTERREG_NOT_ELIGIBLE_UNCERTAIN: () => {
    const taxonomy = loadTaxonomy();
    taxonomy.entries = taxonomy.entries.map((e) => (e.id === "interreg:aurora" ? { ...e, confidence: "likely" as const } : e));
    return { ...goals("Interreg Aurora"), options: { taxonomy } };
  },
  ERDF_OTHER_PROGRAMME: () => goals("Regionalfondsprogram Övre Norrland 2021–2027"),
  RUS_GOAL_UNKNOWN: () => goals("Mål i RUS: Stärkt attraktivitet för pensionärer i skärgården"),
  RUS_GOAL_NUMBER_UNKNOWN: () => goals("RUS mål 47"),
  RUS_GOAL_OTHER_REGION: () => goals("Mål i RUS: Fler Blekingebor i arbete", "Kalmar"),
  FORM_ANSWER_MISSING: () => edit("Tabell 8", "E4", ""),
  FORM_QUESTION_UNKNOWN: () => appendRow("Tabell 8", ["Blekinge", 7, "Övrigt", "", "Något mer"]),
  FORM_QUESTION_DUPLICATE: () => appendRow("Tabell 8", ["Blekinge", 2, "", "", "Ett andra svar"]),
  FORM_YESNO_MISSING: () => edit("Tabell 8", "D6", ""),
  FORM_YESNO_INVALID: () => edit("Tabell 8", "D6", "Kanske"),
  FORM_YESNO_NOT_ASKED: () => edit("Tabell 8", "D4", "Ja"),
  FORM_YESNO_FROM_TEXT: () => {
    const b = edit("Tabell 8", "D6", "");
    setCell(b.grids, "Tabell 8", "E6", "Ja. Anslaget har bidragit.");
    return b;
  },
  // The reviewers' rules of issue 12: Blekinge's first table 1 row (row 4) changed the way 2023 rows went wrong.
  CROSS_REFERENCE: () => edit("Tabell 1", "C4", "Se tabell 2."),
  GOALS_IN_OTHER_COLUMN: () => {
    const b = edit("Tabell 1", "C4", "Mål i RUS: Stärkt attraktivitet särskilt för unga.");
    setCell(b.grids, "Tabell 1", "E4", "Fem orter har tagit fram lokala utvecklingsplaner.");
    return b;
  },
  OUTPUTS_EQUAL_EFFECTS: () => {
    const grids = blekinge();
    return edit("Tabell 1", "D4", String(sheet(grids, "Tabell 1").values[3][2]), grids);
  },
  NATIONAL_AS_RUS: () => goals("RUS: Innovation och förnyelse samt entreprenörskap och företagande i hela landet"),
  PO_NUMBER_OUT_OF_RANGE: () => goals("ERUF: Politiskt mål 6"),
  SO_NUMBER_OUT_OF_RANGE: () => goals("ERUF: RSO 7.1"),
  ERDF_SO_NOT_IN_PROGRAMME: () => goals("ERUF: RSO4.6 Kultur och hållbar turism"),
  LEGACY_PROGRAMME: () => goals("Mål i RUS: Stärkt attraktivitet särskilt för unga.\nERUF: REACT-EU"),
  FUND_MISSPELT: () => goals("EURF: 1.3 Stärka små och medelstora företags tillväxt och konkurrenskraft"),
  ACTIVITY_IN_TWO_TABLES: () => {
    const grids = blekinge();
    return edit("Tabell 2", "B4", String(sheet(grids, "Tabell 1").values[3][1]), grids);
  },
};
