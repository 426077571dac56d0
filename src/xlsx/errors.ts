/**
 * Why a file is not a workbook the product can read, as a kind a caller can branch on and a
 * Swedish message that says which file and what to do. Never a library's own message.
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
    reason: string,
    readonly kind: WorkbookReadErrorKind = "damaged",
    /** The part of the package that failed (e.g. "xl/worksheets/sheet2.xml"), where one did. */
    readonly part?: string
  ) {
    super(`${file}: ${reason}`);
    this.name = "WorkbookReadError";
  }
}
