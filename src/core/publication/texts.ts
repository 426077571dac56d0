import { ACTIVITY_TABLES, FORM_TABLE, TABLES } from "../tables";

/**
 * The publication's own words (the document is Swedish, as published). Everything about the
 * tables themselves (titles, headings, questions) comes from src/core/tables, not from here.
 */

/** "1–7": the first and last of these tables' numbers. */
export function tableSpan(tables: readonly { number: number }[]): string {
  const numbers = tables.map((t) => t.number);
  return `${Math.min(...numbers)}–${Math.max(...numbers)}`;
}

const all = tableSpan(TABLES);
const activities = tableSpan(ACTIVITY_TABLES);

export const PUBLICATION_TEXT = {
  title: (year: number) => `Regionernas redovisning av regionalt utvecklingsarbete ${year}`,
  subtitle: `Sammanställning av tabell ${all}`,
  runningTitle: (year: number) => `Regionernas redovisning ${year}`,
  year: (year: number) => `Redovisningsår: ${year}`,
  date: (date: string) => `Sammanställd: ${date}`,
  regions: (count: number, total: number, names: string) => `Regioner som ingår (${count} av ${total}): ${names}.`,
  missing: (names: string) => `Saknas i sammanställningen: ${names}.`,
  counts: (rows: number, answers: number) => `${rows} rader i tabell ${activities} och ${answers} svar i tabell ${FORM_TABLE.number}.`,
  contents: "Innehåll",
  emptyTable: "Ingen region har redovisat rader i tabellen.",
  noAnswer: "Inget svar lämnat.",
  appendix: "Bilaga. Målöversikt och rader som inte är med",
  coverage: "Målöversikt",
  coverageNote:
    `Antal rader i tabell ${activities} som anger varje mål. En rad räknas en gång per mål; RUS-målen räknas tillsammans, eftersom varje region har sina egna. Mål som ingen rad anger visas inte.`,
  coverageHeadings: { framework: "Ramverk", goal: "Mål", total: "Totalt" },
  rejected: "Rader som inte är med i sammanställningen",
  rejectedNote: "Rader ur regionernas arbetsböcker som sammanställningen avvisade, med fil, blad, rad och skäl, så att inget saknas i tysthet.",
  rejectedNone: "Inga rader avvisades.",
  rejectedHeadings: { file: "Fil", sheet: "Blad", row: "Rad", table: "Tabell", region: "Region", reason: "Skäl" },
} as const;
