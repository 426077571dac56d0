import type { ReadLang, ReadReason } from "./readErrorTexts";

/**
 * Why a file is not a workbook the product can read, as a kind a caller can branch on and a
 * reason in every language that says what is wrong and what to do (readErrorTexts.ts). Never a
 * library's own message, except a parser's account of where XML is broken.
 */
export type WorkbookReadErrorKind =
  /** The path does not exist. */
  | "missing"
  /** The path is a folder. */
  | "directory"
  /** The file could not be read from disk (permissions, I/O). */
  | "unreadable"
  /** 0 bytes. */
  | "empty"
  /** Excel's lock file (~$name.xlsx) while someone has the workbook open. */
  | "lock-file"
  /** Password-protected or sensitivity-labelled: an encrypted OOXML package in a CFB container. */
  | "encrypted"
  /** The old binary .xls format (CFB/BIFF), whatever the file is called. */
  | "xls"
  /** An OpenDocument spreadsheet (.ods). */
  | "ods"
  /** Neither zip nor any format above (a text file, a PDF, a .csv renamed). */
  | "not-zip"
  /** A zip archive without a workbook in it (a .docx, a folder zipped). */
  | "no-workbook"
  /** A zip archive that cannot be opened, or a part of the workbook that is damaged (named in the message). */
  | "damaged"
  /** Over one of LIMITS (named in the message). */
  | "limit";

export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    /** Why, without the file's name, in every language. */
    readonly reason: ReadReason,
    readonly kind: WorkbookReadErrorKind = "damaged",
    /** The part of the package that failed (e.g. "xl/worksheets/sheet2.xml"), where one did. */
    readonly part?: string
  ) {
    // The message stays Swedish, the product's first language, with the file named first.
    super(`${file}: ${reason.sv}`);
    this.name = "WorkbookReadError";
  }

  /** "Rapport.xlsx: the file is empty …" in `lang`. */
  messageIn(lang: ReadLang): string {
    return `${this.file}: ${this.reason[lang]}`;
  }
}
