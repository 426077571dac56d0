import type { MappingProblem } from "../core/consolidation";
import { PREVIOUS_MASTER } from "../core/sheets";
import type { Severity } from "../core/validation";
import type { Lang } from "./lang";
import { countText } from "./validate";

/**
 * The consolidate command's own sentences (summary headings, progress, warnings, why no master was
 * written), in every language the CLI speaks. What the core says (reasons, file notes, statuses,
 * the reconciliation line, duplicate decisions) comes from its catalog, consolidationText(lang).
 */
export interface ConsolidateTexts {
  /** Prefix of a warning that does not stop the run. */
  note: string;
  // The summary (consolidateSummary.ts).
  written: (out: string) => string;
  nothingToDo: (regions: number) => string;
  toDo: string;
  regionsMissing: (regions: string[]) => string;
  tablesMissing: (region: string, tables: number[]) => string;
  chooseFile: (region: string, files: string[], used: string) => string;
  unread: (file: string, status: string) => string;
  unplaced: (file: string, sheet: string) => string;
  headerUnknown: (file: string, sheet: string, table: number) => string;
  rejectedHeading: (rows: number) => string;
  files: (count: number, byStatus: string) => string;
  regions: (received: number, total: number, missing: string[]) => string;
  fromPrevious: (regions: string[]) => string;
  reconciliationHeading: string;
  columns: readonly [string, string, string, string, string, string, string, string];
  /** The previous master's row in the reconciliation table (its Källfil in the master is PREVIOUS_MASTER). */
  previousMaster: string;
  previousRow: (source: string, replaced: number) => string;
  total: string;
  messagesHeading: string;
  duplicatesHeading: string;
  noDuplicates: string;
  duplicate: (region: string, files: string[], used: string, why: string) => string;
  extraCells: (cells: number) => string;
  findings: (counts: Record<Severity, number>) => string;
  counts: (counts: Record<Severity, number>) => string;
  changesHeading: string;
  noChanges: string;
  changeCounts: (region: string, added: number, removed: number, changed: number) => string;
  changeKind: Readonly<Record<"added" | "removed" | "changed", string>>;
  table: (table: number) => string;
  moreChanges: (n: number) => string;
  // The run (consolidateRun.ts).
  rows: (n: number) => string;
  cannotRead: (why: string) => string;
  skipped: (file: string, why: string) => string;
  skippedPrevious: (file: string) => string;
  skippedOut: (file: string) => string;
  outIsInput: (out: string, file: string) => string;
  previousUnreadable: (why: string) => string;
  noWorkbooks: string;
  noMaster: (why: string, detail: string) => string;
  noneWithTables: (files: number) => string;
  noneReadable: (files: number) => string;
  cannotWrite: (out: string, why: string) => string;
  chooseNoMatch: (region: string, given: string) => string;
  // The command's arguments (consolidate.ts).
  noInputs: string;
  chooseForm: (value: string) => string;
  chooseRegion: (given: string, regions: string) => string;
  chooseNoFile: (given: string) => string;
  mapNoFile: string;
  mapNotJson: (why: string) => string;
  mapping: (index: number) => string;
  mappingProblem: Readonly<Record<MappingProblem["code"], string>>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const enList = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

export const CONSOLIDATE_TEXTS: Record<Lang, ConsolidateTexts> = {
  sv: {
    note: "Obs",
    written: (out) => `Sammanställningen är skriven till ${out}.`,
    nothingToDo: (n) => `Inget att åtgärda: alla ${n} regioner och alla tabeller finns med, inga rader avvisade.`,
    toDo: "Att åtgärda:",
    regionsMissing: (regions) => `${plural(regions.length, "region saknas", "regioner saknas")}: ${regions.join(", ")}.`,
    tablesMissing: (region, tables) => `${region} saknar ${tables.length === 1 ? "tabell" : "tabellerna"} ${tables.join(", ")}.`,
    chooseFile: (region, files, used) =>
      `${region}: välj vilken av ${files.join(", ")} som ska gälla (--choose) – datumen ligger för nära varandra för att avgöra; ${used} används tills vidare.`,
    unread: (file, status) => `${file}: ${status} – ingenting därifrån är med (se meddelandena nedan).`,
    unplaced: (file, sheet) => `${file}, bladet "${sheet}": anger inte vilken tabell det är – mappa det (--map) eller rätta bladets namn eller rubrik.`,
    headerUnknown: (file, sheet, table) =>
      `${file}, bladet "${sheet}": tabell ${table}, men rubrikraden känns inte igen – mappa rubrikraden och kolumnerna (--map, headerRow och columns) eller skriv rubrikerna som i mallen.`,
    rejectedHeading: (n) => `${plural(n, "rad avvisad", "rader avvisade")} (varje rad med skäl på bladet Avvisat):`,
    files: (n, byStatus) => `Filer: ${plural(n, "fil", "filer")} (${byStatus}).`,
    regions: (received, total, missing) => `Regioner: ${received} av ${total} mottagna${missing.length ? `; saknas: ${missing.join(", ")}` : ""}.`,
    fromPrevious: (regions) => ` Ur den tidigare sammanställningen: ${regions.join(", ")}.`,
    reconciliationHeading: "Avstämning: rader lästa = i sammanställningen + avvisade",
    columns: ["Fil", "Region", "Status", "Lästa", "I samm.", "Avvisade", "Fel", "Varningar"],
    previousMaster: PREVIOUS_MASTER,
    previousRow: (source, n) => `${source} (${n} ersatta)`,
    total: "Totalt",
    messagesHeading: "Meddelanden:",
    duplicatesHeading: "Flera arbetsböcker för samma region:",
    noDuplicates: "Inga.",
    duplicate: (region, files, used, why) => `${region}: ${files.join(", ")} – används: ${used} (${why}).`,
    extraCells: (n) => `${plural(n, "cell", "celler")} med text utanför tabellernas kolumner: raderna är med, texten står på bladet Avvisat.`,
    findings: (counts) => `Fel och varningar i de inlästa arbetsböckerna: ${countText(counts)}.`,
    counts: (counts) => countText(counts),
    changesHeading: "Ändringar mot den tidigare sammanställningen (bladet Ändringar):",
    noChanges: "Ingen region har skickat in en ny arbetsbok.",
    changeCounts: (region, added, removed, changed) =>
      `${region}: ${plural(added, "rad tillagd", "rader tillagda")}, ${plural(removed, "borttagen", "borttagna")}, ${plural(changed, "ändrad", "ändrade")}`,
    changeKind: { added: "tillagd", removed: "borttagen", changed: "ändrad" },
    table: (n) => `Tabell ${n}`,
    moreChanges: (n) => `… och ${n} till.`,
    rows: (n) => plural(n, "rad", "rader"),
    cannotRead: (why) => `kan inte läsas – ${why}`,
    skipped: (file, why) => `${file}: hoppas över – ${why}`,
    skippedPrevious: (file) => `${file}: hoppas över – det är den tidigare sammanställningen (--previous).`,
    skippedOut: (file) => `${file}: hoppas över – det är utfilen (--out), en tidigare sammanställning som skrivs över.`,
    outIsInput: (out, file) => `--out ${out} är samma fil som arbetsboken ${file}, som ska läsas; den skrivs inte över. Ange en annan fil för sammanställningen.`,
    previousUnreadable: (why) => `Den tidigare sammanställningen kan inte läsas: ${why}`,
    noWorkbooks: "Ingen sammanställning skrevs: inga arbetsböcker att läsa.",
    noMaster: (why, detail) => `Ingen sammanställning skrevs: ${why}.\n${detail}`,
    noneWithTables: (n) => `ingen av de ${plural(n, "fil", "filer")} som lästes har någon tabell 1–8 som känns igen`,
    noneReadable: (n) => `ingen av ${n === 1 ? "filen" : `de ${n} filerna`} kunde läsas som en Excel-arbetsbok`,
    cannotWrite: (out, why) => `Kan inte skriva ${out}: ${why}`,
    chooseNoMatch: (region, given) => `--choose ${region}=${given}: ingen av de inlästa filerna heter "${given}".`,
    noInputs: "Ange minst en arbetsbok (.xlsx) eller mapp att sammanställa.",
    chooseForm: (value) => `--choose ska vara "Region=fil.xlsx", inte "${value}".`,
    chooseRegion: (given, regions) => `--choose: okänd region "${given}". Giltiga regioner: ${regions}.`,
    chooseNoFile: (given) => `--choose ${given}=: ange filen som ska användas.`,
    mapNoFile: "filen finns inte",
    mapNotJson: (why) => `ingen giltig JSON (${why})`,
    mapping: (index) => `mappning ${index}: `,
    mappingProblem: {
      "not-a-list": "filen ska innehålla en lista (JSON-array) av mappningar",
      "sheet-missing": "bladets namn (\"sheet\") saknas",
      "table-unknown": "\"table\" är ingen av tabellerna 1–8",
      "header-row-invalid": "\"headerRow\" ska vara ett radnummer (1, 2, …)",
      "column-invalid": "kolumnen ska vara ett av tabellens fält med en kolumnbokstav, till exempel \"activity\": \"B\"",
    },
  },
  en: {
    note: "Note",
    written: (out) => `The master is written to ${out}.`,
    nothingToDo: (n) => `Nothing to do: all ${n} regions and every table are there, no row rejected.`,
    toDo: "To do:",
    regionsMissing: (regions) => `${plural(regions.length, "region", "regions")} missing: ${regions.join(", ")}.`,
    tablesMissing: (region, tables) => `${region} lacks ${tables.length === 1 ? "table" : "tables"} ${enList(tables.map(String))}.`,
    chooseFile: (region, files, used) =>
      `${region}: choose which of ${files.join(", ")} counts (--choose) – the dates are too close together to decide; ${used} is used for now.`,
    unread: (file, status) => `${file}: ${status} – nothing from it is in the master (see the messages below).`,
    unplaced: (file, sheet) => `${file}, sheet "${sheet}": does not say which table it is – map it (--map) or correct the sheet's name or title.`,
    headerUnknown: (file, sheet, table) =>
      `${file}, sheet "${sheet}": table ${table}, but its header row is not recognised – map the header row and the columns (--map, headerRow and columns) or write the headings as in the template.`,
    rejectedHeading: (n) => `${plural(n, "row", "rows")} rejected (each row with its reason on the sheet Avvisat):`,
    files: (n, byStatus) => `Files: ${plural(n, "file", "files")} (${byStatus}).`,
    regions: (received, total, missing) => `Regions: ${received} of ${total} received${missing.length ? `; missing: ${missing.join(", ")}` : ""}.`,
    fromPrevious: (regions) => ` From the earlier master: ${regions.join(", ")}.`,
    reconciliationHeading: "Reconciliation: rows read = in the master + rejected",
    columns: ["File", "Region", "Status", "Read", "In master", "Rejected", "Errors", "Warnings"],
    previousMaster: "(earlier master)",
    previousRow: (source, n) => `${source} (${n} replaced)`,
    total: "Total",
    messagesHeading: "Messages:",
    duplicatesHeading: "Several workbooks for the same region:",
    noDuplicates: "None.",
    duplicate: (region, files, used, why) => `${region}: ${files.join(", ")} – used: ${used} (${why}).`,
    extraCells: (n) => `${plural(n, "cell", "cells")} with text outside the tables' columns: the rows are in, the text is on the sheet Avvisat.`,
    findings: (counts) => `Errors and warnings in the workbooks read: ${CONSOLIDATE_TEXTS.en.counts(counts)}.`,
    counts: (c) => countText(c, 0, "en"),
    changesHeading: "Changes from the earlier master (the sheet Ändringar):",
    noChanges: "No region has sent a new workbook.",
    changeCounts: (region, added, removed, changed) => `${region}: ${plural(added, "row", "rows")} added, ${removed} removed, ${changed} changed`,
    changeKind: { added: "added", removed: "removed", changed: "changed" },
    table: (n) => `Table ${n}`,
    moreChanges: (n) => `… and ${n} more.`,
    rows: (n) => plural(n, "row", "rows"),
    cannotRead: (why) => `cannot be read – ${why}`,
    skipped: (file, why) => `${file}: skipped – ${why}`,
    skippedPrevious: (file) => `${file}: skipped – it is the earlier master (--previous).`,
    skippedOut: (file) => `${file}: skipped – it is the output file (--out), an earlier master that is written over.`,
    outIsInput: (out, file) => `--out ${out} is the same file as the workbook ${file}, which is to be read; it is not written over. Give another file for the master.`,
    previousUnreadable: (why) => `The earlier master cannot be read: ${why}`,
    noWorkbooks: "No master was written: no workbooks to read.",
    noMaster: (why, detail) => `No master was written: ${why}.\n${detail}`,
    noneWithTables: (n) => `none of the ${plural(n, "file", "files")} read has any of the tables 1–8 recognised`,
    noneReadable: (n) => `${n === 1 ? "the file" : `none of the ${n} files`} could ${n === 1 ? "not " : ""}be read as an Excel workbook`,
    cannotWrite: (out, why) => `Cannot write ${out}: ${why}`,
    chooseNoMatch: (region, given) => `--choose ${region}=${given}: none of the files read is called "${given}".`,
    noInputs: "Give at least one workbook (.xlsx) or folder to merge.",
    chooseForm: (value) => `--choose must be "Region=file.xlsx", not "${value}".`,
    chooseRegion: (given, regions) => `--choose: unknown region "${given}". Valid regions: ${regions}.`,
    chooseNoFile: (given) => `--choose ${given}=: give the file to use.`,
    mapNoFile: "the file does not exist",
    mapNotJson: (why) => `not valid JSON (${why})`,
    mapping: (index) => `mapping ${index}: `,
    mappingProblem: {
      "not-a-list": "the file must hold a list (JSON array) of mappings",
      "sheet-missing": "the sheet's name (\"sheet\") is missing",
      "table-unknown": "\"table\" is none of the tables 1–8",
      "header-row-invalid": "\"headerRow\" must be a row number (1, 2, …)",
      "column-invalid": "the column must be one of the table's fields with a column letter, for example \"activity\": \"B\"",
    },
  },
};
