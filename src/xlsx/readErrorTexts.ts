import { describeLimit, numberIn } from "./limits";

/**
 * Why the reader refuses a file, in every language the product speaks: each reason once per
 * language, a function of what the reader found (the part, the size, the cell), so that an English
 * user is told which part is damaged or which limit was met, as a Swedish one is. Each reason is a
 * whole clause ("den är …", "it is …"): it follows a file name ("Rapport.xlsx: …") and "could not
 * be read as a workbook: …" alike.
 */
export type ReadLang = "sv" | "en";

/** One reason in every language. */
export type ReadReason = Readonly<Record<ReadLang, string>>;

const megabytes = (lang: ReadLang, bytes: number) => `${numberIn(lang, bytes / (1024 * 1024))} MB`;

/** The file name's extension as a hint, when it is not .xlsx: the usual mix-ups, said plainly. */
type Hint = { kind: "xls" } | { kind: "extension"; ext: string } | null;

export function extensionHintOf(file: string): Hint {
  const ext = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? "";
  if (ext === ".xls") return { kind: "xls" };
  return ext === ".xlsx" ? null : { kind: "extension", ext };
}

const SV = {
  hint: (h: Hint) =>
    !h ? "" : h.kind === "xls" ? " Det äldre .xls-formatet stöds inte: öppna filen i Excel och spara den som .xlsx." : ` Filnamnet slutar inte på .xlsx${h.ext ? ` utan på ${h.ext}` : ""}.`,
  directory: () => "den är en mapp, inte en fil.",
  missing: () => "filen finns inte.",
  unreadable: (code: string | undefined) => `den kan inte läsas från disken (${code ?? "okänt fel"}).`,
  fileTooLarge: (bytes: number) => `filen är ${megabytes("sv", bytes)}, över gränsen ${describeLimit("fileBytes", "sv")} för en arbetsbok.`,
  lockFile: (workbook: string) => `den är Excels låsfil (~$…), som finns medan någon har arbetsboken öppen, ingen arbetsbok. Läs arbetsboken "${workbook}" i stället.`,
  empty: (h: Hint) => `filen är tom (0 byte), ingen Excel-arbetsbok.${SV.hint(h)}`,
  encrypted: () =>
    "den är lösenordsskyddad eller krypterad (till exempel med en känslighetsetikett) och kan inte läsas. Ta bort lösenordet eller etiketten i Excel (Arkiv > Information > Skydda arbetsbok) och spara igen.",
  xls: () => "den är en arbetsbok i det äldre .xls-formatet, som inte stöds: öppna filen i Excel och spara den som .xlsx.",
  notZip: (h: Hint) => `den är ingen Excel-arbetsbok (.xlsx): filen är inget zip-arkiv, vilket en .xlsx-fil alltid är.${SV.hint(h)}`,
  ods: () => "den är ett OpenDocument-kalkylblad (.ods), inte en Excel-arbetsbok: spara den som .xlsx (Arkiv > Spara som > Excel-arbetsbok).",
  docx: () => "den är ett Word-dokument (.docx), ingen Excel-arbetsbok.",
  noWorkbook: (h: Hint) => `den är ett zip-arkiv utan någon Excel-arbetsbok i (ingen xl/workbook.xml).${SV.hint(h)}`,
  zipEntries: () => `zip-arkivet har fler än ${describeLimit("zipEntries", "sv")}, mer än en arbetsbok någonsin har.`,
  zipDamaged: () => "zip-arkivet är skadat och kan inte öppnas (filen kan vara avbruten vid kopiering eller nedladdning).",
  partTooLarge: (part: string, bytes: number) => `delen ${part} är ${megabytes("sv", bytes)} uppackad, över gränsen ${describeLimit("partBytes", "sv")} per del.`,
  zipBomb: (part: string, from: number, to: number) =>
    `delen ${part} packas upp från ${megabytes("sv", from)} till ${megabytes("sv", to)}, mer än ${describeLimit("compressionRatio", "sv")} (en zip-bomb, ingen arbetsbok).`,
  totalTooLarge: () => `arbetsbokens delar är tillsammans över ${describeLimit("totalBytes", "sv")} uppackade.`,
  partDamaged: (part: string) => `delen ${part} är skadad och kan inte packas upp.`,
  partNotXml: (part: string, why: string) => `arbetsboken är skadad: delen ${part} är ingen giltig XML (${why}). Öppna den i Excel och spara den igen.`,
  workbookDamaged: () => "arbetsboken är skadad och kan inte läsas. Öppna den i Excel och spara den igen.",
  tooManySheets: (sheets: number) => `arbetsboken har ${sheets} blad, fler än gränsen ${describeLimit("sheets", "sv")}.`,
  tooManyRows: (sheet: string) => `bladet "${sheet}" har fler än ${describeLimit("rowsPerSheet", "sv")} med innehåll.`,
  cellTooLong: (cell: string, length: number) => `cellen ${cell} har ${numberIn("sv", length, 0)} tecken, fler än Excels gräns ${describeLimit("cellChars", "sv")}.`,
  // What is wrong inside a part (said within partNotXml's parentheses).
  cellOutside: (column: number, row: number) => `cellen ${column}:${row} ligger utanför bladet`,
  missingSharedString: (cell: string, index: string) => `cellen ${cell} hänvisar till delad text nr ${index}, som saknas`,
  notANumber: (cell: string, text: string) => `cellen ${cell} har talet "${text}", som inte är ett tal`,
  dtd: () => "innehåller en DTD (<!DOCTYPE>)",
};

export type ReadErrorTexts = typeof SV;

const EN: ReadErrorTexts = {
  hint: (h) =>
    !h ? "" : h.kind === "xls" ? " The old .xls format is not supported: open the file in Excel and save it as .xlsx." : ` The file name does not end in .xlsx${h.ext ? ` but in ${h.ext}` : ""}.`,
  directory: () => "it is a folder, not a file.",
  missing: () => "the file does not exist.",
  unreadable: (code) => `it cannot be read from disk (${code ?? "unknown error"}).`,
  fileTooLarge: (bytes) => `the file is ${megabytes("en", bytes)}, over the limit of ${describeLimit("fileBytes", "en")} for a workbook.`,
  lockFile: (workbook) => `it is Excel's lock file (~$…), present while someone has the workbook open, not a workbook. Read the workbook "${workbook}" instead.`,
  empty: (h) => `the file is empty (0 bytes), not an Excel workbook.${EN.hint(h)}`,
  encrypted: () =>
    "it is password-protected or encrypted (for example by a sensitivity label) and cannot be read. Remove the password or the label in Excel (File > Info > Protect Workbook) and save again.",
  xls: () => "it is a workbook in the old .xls format, which is not supported: open the file in Excel and save it as .xlsx.",
  notZip: (h) => `it is not an Excel workbook (.xlsx): the file is not a zip archive, which an .xlsx file always is.${EN.hint(h)}`,
  ods: () => "it is an OpenDocument spreadsheet (.ods), not an Excel workbook: save it as .xlsx (File > Save As > Excel Workbook).",
  docx: () => "it is a Word document (.docx), not an Excel workbook.",
  noWorkbook: (h) => `it is a zip archive without an Excel workbook in it (no xl/workbook.xml).${EN.hint(h)}`,
  zipEntries: () => `the zip archive has more than ${describeLimit("zipEntries", "en")}, more than a workbook ever has.`,
  zipDamaged: () => "the zip archive is damaged and cannot be opened (the file may have been cut short while copied or downloaded).",
  partTooLarge: (part, bytes) => `the part ${part} is ${megabytes("en", bytes)} unpacked, over the limit of ${describeLimit("partBytes", "en")} per part.`,
  zipBomb: (part, from, to) =>
    `the part ${part} unpacks from ${megabytes("en", from)} to ${megabytes("en", to)}, more than ${describeLimit("compressionRatio", "en")} (a zip bomb, not a workbook).`,
  totalTooLarge: () => `the workbook's parts together are over ${describeLimit("totalBytes", "en")} unpacked.`,
  partDamaged: (part) => `the part ${part} is damaged and cannot be unpacked.`,
  partNotXml: (part, why) => `the workbook is damaged: the part ${part} is not valid XML (${why}). Open it in Excel and save it again.`,
  workbookDamaged: () => "the workbook is damaged and cannot be read. Open it in Excel and save it again.",
  tooManySheets: (sheets) => `the workbook has ${sheets} sheets, more than the limit of ${describeLimit("sheets", "en")}.`,
  tooManyRows: (sheet) => `the sheet "${sheet}" has more than ${describeLimit("rowsPerSheet", "en")} with content.`,
  cellTooLong: (cell, length) => `the cell ${cell} has ${numberIn("en", length, 0)} characters, more than Excel's limit of ${describeLimit("cellChars", "en")}.`,
  cellOutside: (column, row) => `the cell ${column}:${row} lies outside the sheet`,
  missingSharedString: (cell, index) => `the cell ${cell} refers to shared text no. ${index}, which is missing`,
  notANumber: (cell, text) => `the cell ${cell} has the number "${text}", which is not a number`,
  dtd: () => "contains a DTD (<!DOCTYPE>)",
};

export const READ_ERROR_TEXTS: Readonly<Record<ReadLang, ReadErrorTexts>> = { sv: SV, en: EN };

/** One reason in every language: `pick` applied to each language's texts. */
export function readReason(pick: (t: ReadErrorTexts, lang: ReadLang) => string): ReadReason {
  return { sv: pick(SV, "sv"), en: pick(EN, "en") };
}
