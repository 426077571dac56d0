import type { ReadLang } from "./readErrorTexts";

/**
 * What the reader accepts, checked before any work on a file starts (sizes from the zip's directory)
 * or as soon as a part shows it (rows, cell length), and named in the refusal. Far above what a
 * region sends (a full report is well under 1 MB; the bench's 5,000 rows per table about 2 MB), so
 * only hostile or mistaken files meet them. Exported for the README and the CLI's help.
 */
export const LIMITS = {
  /** Size of the .xlsx file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Uncompressed size of one part the reader opens (a sheet, the shared strings, styles). */
  partBytes: 200 * 1024 * 1024,
  /** Uncompressed size of all parts the reader opens together. */
  totalBytes: 400 * 1024 * 1024,
  /** Uncompressed : compressed size of one part (a zip bomb packs far more than XML ever does). */
  compressionRatio: 500,
  /** Entries in the zip archive. */
  zipEntries: 10_000,
  /** Sheets in one workbook. */
  sheets: 200,
  /** Rows holding a value in one sheet (empty formatted rows are not counted and cost nothing). */
  rowsPerSheet: 100_000,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32_767,
} as const;

export type LimitName = keyof typeof LIMITS;

const LOCALE: Record<ReadLang, string> = { sv: "sv-SE", en: "en-GB" };

/** "1 234,5" in Swedish, "1,234.5" in English; no non-breaking spaces (terminals show them oddly). */
export const numberIn = (lang: ReadLang, value: number, digits = 1): string =>
  value.toLocaleString(LOCALE[lang], { maximumFractionDigits: digits }).replace(/\u00a0|\u202f/g, " ");

const UNITS: Record<ReadLang, Record<"cellChars" | "rowsPerSheet" | "sheets" | "zipEntries", string>> = {
  sv: { cellChars: "tecken", rowsPerSheet: "rader", sheets: "blad", zipEntries: "delar" },
  en: { cellChars: "characters", rowsPerSheet: "rows", sheets: "sheets", zipEntries: "parts" },
};

/** "50 MB", "32 767 tecken" / "32,767 characters": a limit as a person reads it. */
export function describeLimit(name: LimitName, lang: ReadLang = "sv"): string {
  const value = LIMITS[name];
  switch (name) {
    case "fileBytes":
    case "partBytes":
    case "totalBytes":
      return `${numberIn(lang, value / (1024 * 1024))} MB`;
    case "compressionRatio":
      return `${numberIn(lang, value)}:1`;
    default:
      return `${numberIn(lang, value, 0)} ${UNITS[lang][name]}`;
  }
}
