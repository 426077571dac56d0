import { compareRegions, type Region } from "../regions";

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
  noRegion: () => "Arbetsboken anger ingen av de 21 regionerna, varken på informationsbladet eller på raderna.",
  regionUnknown: (text: string) => `Regionen "${text}" är ingen av de 21 regionerna.`,
  regionOther: (row: Region, workbook: Region) => `Raden anger region ${row}, men arbetsboken gäller ${workbook}.`,
  duplicateTable: (table: number, hidden: boolean, used: string) =>
    `${hidden ? "Dold extra" : "Extra"} kopia av tabell ${table}; tabellen läses från bladet "${used}".`,
  rowsRejected: (count: number) => (count === 1 ? "1 rad avvisad" : `${count} rader avvisade`),
  headerNotFound: (table: number) => `Bladet ser ut som tabell ${table}, men rubrikraden hittades inte; raderna kunde inte placeras.`,
  sheetNotRead: (sheet: string) => `Bladet "${sheet}" känns inte igen som någon tabell och läses inte.`,
  extraCells: (table: number, sheet: string, count: number) =>
    `Tabell ${table} (bladet "${sheet}") har text i ${count === 1 ? "1 cell" : `${count} celler`} utanför tabellens kolumner; raderna är med i sammanställningen och texten står under Avvisat.`,
  wideForm: (sheet: string) => `Tabell 8 (bladet "${sheet}") har en kolumn per fråga; den läses så.`,
  formQuestionUnknown: (value: string) => `Frågenumret "${value}" är inte 1–6; svaret kunde inte placeras.`,
  formQuestionDuplicate: (question: number, first: number) => `Fråga ${question} besvaras redan på rad ${first}.`,
  formRegionDuplicate: (first: number) => `Tabell 8 har redan en rad för regionen (rad ${first}).`,
  superseded: (used: string, why: string) => `Regionen har en annan arbetsbok som används: ${used} (${why}).`,
  supersededFile: (used: string, why: string) => `Används inte: ${used} används i stället (${why}).`,
  regionOfPreviousUnknown: (text: string) => `Raden i den tidigare sammanställningen anger "${text}", som inte är någon av de 21 regionerna.`,
} as const;
