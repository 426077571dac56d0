import type { ActivityTableDef, ColumnDef, FormTableDef, Question } from "./types";

/**
 * The report's tables as data: titles, headings and question texts exactly as published, the
 * headings people write instead, which cells each row must fill. Adding a column or a table is an
 * edit here; index.ts derives the rest, and the whole product follows.
 */

export function column<K extends string>(
  key: K,
  header: string,
  width: number,
  options: { synonyms?: readonly string[]; required?: boolean; optional?: boolean } = {}
): ColumnDef<K> {
  return { key, header, width, synonyms: options.synonyms ?? [], required: options.required ?? false, optional: options.optional ?? false };
}

export const NO_ACTIVITIES_TEXT = "Regionen redovisar inga insatser i tabellform.";
export const TOO_EARLY_TEXT = "För tidigt att säga";
export const YES_NO = ["Ja", "Nej"] as const;

export const GOALS_HEADER_DETAIL =
  "Vilket eller vilka mål i den regionala utvecklingsstrategin, Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning som insatsen ska bidra till";

/** Tables 1–7 share one layout. */
export const ACTIVITY_COLUMN_LIST = [
  column("region", "Region", 18, { synonyms: ["Län", "Regionen", "Region/län"], required: true }),
  column("activity", "Namn på insats och kort beskrivning", 45, {
    synonyms: ["Insats", "Insatser", "Namn på insats", "Insatsens namn", "Namn på insatsen och kort beskrivning", "Insats och kort beskrivning", "Insats/beskrivning", "Aktivitet", "Beskrivning av insats"],
    required: true,
  }),
  column("outputs", "Resultat i form av uppnådda prestationer under året", 50, {
    synonyms: ["Prestationer", "Uppnådda prestationer", "Resultat (prestationer)", "Resultat prestationer", "Resultat i form av prestationer", "Resultat – prestationer", "Prestationer under året"],
    required: true,
  }),
  column("effects", "Om möjligt resultat i form av uppnådda effekter under året", 45, {
    synonyms: ["Effekter", "Uppnådda effekter", "Resultat (effekter)", "Resultat effekter", "Resultat i form av effekter", "Resultat – effekter", "Effekter under året"],
  }),
  column("goals", `Mål\n${GOALS_HEADER_DETAIL}`, 50, {
    synonyms: ["Mål", "Målkoppling", "Mål som insatsen ska bidra till", "Bidrar till mål", "Mål (RUS, Regionalfonden, Interreg, FRO)"],
    required: true,
  }),
] as const;

export const ACTIVITY_COLUMNS: readonly ColumnDef<ActivityField>[] = ACTIVITY_COLUMN_LIST;
export type ActivityField = (typeof ACTIVITY_COLUMN_LIST)[number]["key"];
/** One row of tables 1–7: a cell text per column, keyed by the column's field. */
export type ActivityValues = { [K in ActivityField]: string };

/** Table 8 in the template and in the master: one row per question. */
export const FORM_COLUMN_LIST = [
  // The published form has neither: the region is the workbook's, the question is known by its text.
  column("region", "Region", 18, { synonyms: ["Län", "Regionen"], optional: true, required: true }),
  column("question", "Fråga nr", 9, { synonyms: ["Nr", "Fråga nummer", "Frågenummer", "Frågenr", "Nummer"], optional: true }),
  column("text", "Fråga", 50, { synonyms: ["Frågor", "Frågeställning", "Fråga (text)"], optional: true }),
  // Optional: the Ja/Nej may stand at the start of the answer ("Ja. …"); validation says where it came from.
  column("answer", "Ja/Nej", 9, { synonyms: ["Ja / Nej", "Ja eller nej", "Svar ja/nej", "Ja/nej-svar"], optional: true }),
  column("response", "Svar", 90, { synonyms: ["Beskrivning", "Svar/beskrivning", "Redovisning", "Regionens svar", "Kommentar", "Svar och beskrivning"] }),
] as const;

export const FORM_COLUMNS: readonly ColumnDef<FormField>[] = FORM_COLUMN_LIST;
export type FormField = (typeof FORM_COLUMN_LIST)[number]["key"];

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

export function activityTable<N extends number>(number: N, title: string, shortTitles: readonly string[]): ActivityTableDef & { number: N } {
  return { kind: "activity", number, title, shortTitles, sheetName: `Tabell ${number}`, excelTableName: `Tabell${number}`, columns: ACTIVITY_COLUMNS };
}

export const FORM_TABLE: FormTableDef & { number: 8 } = {
  kind: "form",
  number: 8,
  title: "Fördelning av anslag 1:1 Regionala utvecklingsåtgärder",
  shortTitles: ["Fördelning av anslag", "Anslag 1:1", "Anslaget 1:1", "Regionala utvecklingsåtgärder", "1:1-anslaget"],
  sheetName: "Tabell 8",
  excelTableName: "Tabell8",
  columns: FORM_COLUMNS,
  questions: QUESTIONS,
};

/** The tables, in report order. */
export const TABLE_LIST = [
  activityTable(1, "Likvärdiga möjligheter till boende, arbete och välfärd i hela landet", ["Likvärdiga möjligheter", "Boende, arbete och välfärd"]),
  activityTable(2, "Kompetensförsörjning och kompetensutveckling i hela landet", ["Kompetensförsörjning", "Kompetensförsörjning och kompetensutveckling"]),
  activityTable(3, "Innovation och förnyelse samt entreprenörskap och företagande i hela landet", ["Innovation", "Innovation och förnyelse", "Entreprenörskap och företagande"]),
  activityTable(4, "Tillgänglighet i hela landet genom digital kommunikation och transportsystemet", ["Tillgänglighet", "Digital kommunikation och transportsystemet"]),
  activityTable(5, "Jämställdhet", []),
  activityTable(6, "Integration", []),
  activityTable(7, "Miljö och klimat", ["Miljö", "Klimat", "Miljö- och klimat"]),
  FORM_TABLE,
] as const;
