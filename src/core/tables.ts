/**
 * The eight report tables: titles, headings and question texts exactly as published.
 * Every other part of the product (template, recogniser, validator, master writer) reads them from here.
 */

export type TableNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export type ActivityTableNumber = Exclude<TableNumber, 8>;
export type ActivityField = "region" | "activity" | "outputs" | "effects" | "goals";

export interface ColumnDef<K extends string = string> {
  key: K;
  /** Header text as published; a second line, when present, explains the first. */
  header: string;
  /** Column width in characters. */
  width: number;
}

export interface ActivityTableDef {
  kind: "activity";
  number: ActivityTableNumber;
  title: string;
  sheetName: string;
  /** Name of the Excel table (ListObject) holding the rows. */
  excelTableName: string;
  columns: readonly ColumnDef<ActivityField>[];
}

export interface Question {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
  /** Questions 3–5 also take a Ja/Nej answer. */
  yesNo: boolean;
}

export type FormField = "region" | "question" | "text" | "answer" | "response";

export interface FormTableDef {
  kind: "form";
  number: 8;
  title: string;
  sheetName: string;
  excelTableName: string;
  columns: readonly ColumnDef<FormField>[];
  questions: readonly Question[];
}

export type TableDef = ActivityTableDef | FormTableDef;

export const NO_ACTIVITIES_TEXT = "Regionen redovisar inga insatser i tabellform.";
export const TOO_EARLY_TEXT = "För tidigt att säga";
export const YES_NO = ["Ja", "Nej"] as const;

export const GOALS_HEADER_DETAIL =
  "Vilket eller vilka mål i den regionala utvecklingsstrategin, Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning som insatsen ska bidra till";

export const ACTIVITY_COLUMNS: readonly ColumnDef<ActivityField>[] = [
  { key: "region", header: "Region", width: 18 },
  { key: "activity", header: "Namn på insats och kort beskrivning", width: 45 },
  { key: "outputs", header: "Resultat i form av uppnådda prestationer under året", width: 50 },
  { key: "effects", header: "Om möjligt resultat i form av uppnådda effekter under året", width: 45 },
  { key: "goals", header: `Mål\n${GOALS_HEADER_DETAIL}`, width: 50 },
];

const ACTIVITY_TITLES: Record<ActivityTableNumber, string> = {
  1: "Likvärdiga möjligheter till boende, arbete och välfärd i hela landet",
  2: "Kompetensförsörjning och kompetensutveckling i hela landet",
  3: "Innovation och förnyelse samt entreprenörskap och företagande i hela landet",
  4: "Tillgänglighet i hela landet genom digital kommunikation och transportsystemet",
  5: "Jämställdhet",
  6: "Integration",
  7: "Miljö och klimat",
};

export const QUESTIONS: readonly Question[] = [
  {
    number: 1,
    yesNo: false,
    text: "Beskrivning av varför regionen har fördelat anslaget mellan projektverksamhet, regionala företagsstöd och stöd till kommersiell service på det sätt de gjort.",
  },
  {
    number: 2,
    yesNo: false,
    text: "Beskrivning av hur regionen har integrerat ekonomisk, social och miljömässig hållbarhet i beslut om medel från anslaget till projektverksamhet, regionala företagsstöd och stöd till kommersiell service.",
  },
  {
    number: 3,
    yesNo: true,
    text: "Beskrivning av hur anslaget har bidragit till att nå målen i den regionala utvecklingsstrategin.",
  },
  {
    number: 4,
    yesNo: true,
    text: "Beskrivning av hur anslaget har bidragit till att nå målen i nationellt och regionala program för Regionalfonden.",
  },
  {
    number: 5,
    yesNo: true,
    text: "Beskrivning av hur anslaget har bidragit till att nå målen i Interreg-program.",
  },
  {
    number: 6,
    yesNo: false,
    text: "Beskrivning på vilket sätt olika territoriella perspektiv har beaktats och påverkat beslut om medel.",
  },
];

/** Table 8 in the template: one row per question. */
export const FORM_COLUMNS: readonly ColumnDef<FormField>[] = [
  { key: "region", header: "Region", width: 18 },
  { key: "question", header: "Fråga nr", width: 9 },
  { key: "text", header: "Fråga", width: 50 },
  { key: "answer", header: "Ja/Nej", width: 9 },
  { key: "response", header: "Svar", width: 90 },
];

export const ACTIVITY_TABLES: readonly ActivityTableDef[] = ([1, 2, 3, 4, 5, 6, 7] as const).map((number) => ({
  kind: "activity" as const,
  number,
  title: ACTIVITY_TITLES[number],
  sheetName: `Tabell ${number}`,
  excelTableName: `Tabell${number}`,
  columns: ACTIVITY_COLUMNS,
}));

export const FORM_TABLE: FormTableDef = {
  kind: "form",
  number: 8,
  title: "Fördelning av anslag 1:1 Regionala utvecklingsåtgärder",
  sheetName: "Tabell 8",
  excelTableName: "Tabell8",
  columns: FORM_COLUMNS,
  questions: QUESTIONS,
};

export const TABLES: readonly TableDef[] = [...ACTIVITY_TABLES, FORM_TABLE];

export function tableDef(number: TableNumber): TableDef {
  return TABLES[number - 1];
}

/** The title line written above a table: "Tabell 3. Innovation och förnyelse …". */
export function tableHeading(def: TableDef): string {
  return `Tabell ${def.number}. ${def.title}`;
}
