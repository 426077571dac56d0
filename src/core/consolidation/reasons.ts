import { compareRegions, type Region } from "../regions";
import type { ReasonParams, RejectCode } from "./types";

/** Every sentence consolidation says to the coordinator, in Swedish, in one place. */
export const reasons = {
  unreadable: (error: string) => `Filen kunde inte läsas som en arbetsbok: ${error}`,
  empty: () => "Arbetsboken är tom.",
  noTables: (sheets: string[]) =>
    `Ingen av tabellerna 1–8 känns igen i arbetsboken (blad: ${sheets.length ? sheets.map((s) => `"${s}"`).join(", ") : "inga"}).`,
  regionFromRows: (region: Region, info: string) =>
    info
      ? `Informationsbladets region "${info}" är ingen av de 21; regionen ${region} är hämtad från raderna.`
      : `Informationsbladet anger ingen region; regionen ${region} är hämtad från raderna.`,
  severalRegions: (regions: Region[]) =>
    `Arbetsboken anger flera regioner (${[...regions].sort(compareRegions).join(", ")}) och inget informationsblad som avgör vilken den gäller.`,
  noRegion: () => "Arbetsboken anger ingen av de 21 regionerna, varken på informationsbladet, i rubrikerna, på raderna eller i filnamnet.",
  regionConflict: (info: string, regions: string[]) =>
    `Informationsbladet anger ${info}, men raderna anger ${regions.join(", ")}; arbetsboken används inte för någon region förrän det rättats.`,
  regionFromTitle: (region: Region) => `Informationsbladet saknas; regionen ${region} är hämtad från tabellernas rubriker.`,
  regionFromFile: (region: Region) => `Varken informationsbladet, rubrikerna eller raderna anger regionen; ${region} är hämtad från filnamnet.`,
  regionUnknown: (text: string) => `Regionen "${text}" är ingen av de 21 regionerna.`,
  regionOther: (row: Region, workbook: Region) => `Raden anger region ${row}, men arbetsboken gäller ${workbook}.`,
  duplicateTable: (table: number, hidden: boolean, used: string) =>
    `${hidden ? "Dold extra" : "Extra"} kopia av tabell ${table}; tabellen läses från bladet "${used}".`,
  rowsRejected: (count: number) => (count === 1 ? "1 rad avvisad" : `${count} rader avvisade`),
  headerNotFound: (table: number) => `Bladet ser ut som tabell ${table}, men rubrikraden hittades inte; raderna kunde inte placeras.`,
  tableUnknown: (sheet: string, kind: string) =>
    kind === "form"
      ? `Bladet "${sheet}" har tabell 8:s rubrikrad men anger inte att det är tabell 8 (i bladets namn eller i en rubrik som "Tabell 8. …"); raderna kunde inte placeras.`
      : `Bladet "${sheet}" har rubrikraden för tabell 1–7 men anger inte vilken tabell det är (i bladets namn, som "Tabell 3", eller i en rubrik som "Tabell 3. …"); raderna kunde inte placeras.`,
  sheetNotRead: (sheet: string) => `Bladet "${sheet}" känns inte igen som någon tabell och läses inte.`,
  extraCells: (table: number, sheet: string, count: number) =>
    `Tabell ${table} (bladet "${sheet}") har text i ${count === 1 ? "1 cell" : `${count} celler`} utanför tabellens kolumner; raderna är med i sammanställningen och texten står under Avvisat.`,
  wideForm: (sheet: string) => `Tabell 8 (bladet "${sheet}") har en kolumn per fråga; den läses så.`,
  formQuestionUnknown: (value: string) =>
    value ? `Frågan "${value}" är ingen av tabell 8:s sex frågor (nummer 1–6 eller frågans text); svaret kunde inte placeras.` : "Raden anger ingen fråga; svaret kunde inte placeras.",
  formQuestionDuplicate: (question: number, first: number) => `Fråga ${question} besvaras redan på rad ${first}.`,
  formRegionDuplicate: (first: number) => `Tabell 8 har redan en rad för regionen (rad ${first}).`,
  superseded: (used: string, why: string) => `Regionen har en annan arbetsbok som används: ${used} (${why}).`,
  supersededFile: (used: string, why: string) => `Används inte: ${used} används i stället (${why}).`,
  regionOfPreviousUnknown: (text: string) => `Raden i den tidigare sammanställningen anger "${text}", som inte är någon av de 21 regionerna.`,
} as const;

/** The reason for a rejection code, in Swedish, from the values the reader or consolidation gave. */
export function reasonOf(code: RejectCode, p: ReasonParams): string {
  const text = (key: string) => String(p[key] ?? "");
  switch (code) {
    case "superseded":
      return reasons.superseded(text("used"), text("why"));
    case "duplicate-table":
    case "duplicate-table-hidden":
      return reasons.duplicateTable(Number(p.table), code === "duplicate-table-hidden", text("used"));
    case "region-other":
      return reasons.regionOther(text("region") as Region, text("workbook") as Region);
    case "region-unknown":
      return p.previous ? reasons.regionOfPreviousUnknown(text("value")) : reasons.regionUnknown(text("value"));
    case "several-regions":
      return reasons.severalRegions(text("regions").split(", ").filter(Boolean) as Region[]);
    case "no-region":
      return reasons.noRegion();
    case "region-conflict":
      return reasons.regionConflict(text("info"), text("regions").split(", ").filter(Boolean));
    case "header-not-found":
      return reasons.headerNotFound(Number(p.table));
    case "table-unknown":
      return reasons.tableUnknown(text("sheet"), text("kind"));
    case "form-question-unknown":
      return reasons.formQuestionUnknown(text("value"));
    case "form-question-duplicate":
      return reasons.formQuestionDuplicate(Number(p.question), Number(p.first));
    case "form-region-duplicate":
      return reasons.formRegionDuplicate(Number(p.first));
  }
}
