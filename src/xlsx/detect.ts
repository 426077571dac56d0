import { WorkbookReadError } from "./errors";
import { extensionHintOf, readReason } from "./readErrorTexts";
import type { Package } from "./zip";

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** Excel's lock file "~$Rapport.xlsx": it exists while someone has the workbook open. */
export function isLockFileName(file: string): boolean {
  return baseName(file).startsWith("~$");
}

export function lockFileError(file: string): WorkbookReadError {
  return new WorkbookReadError(file, readReason((t) => t.lockFile(baseName(file).slice(2))), "lock-file");
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The UTF-16LE bytes of a stream name, as a CFB directory holds them. */
function utf16(name: string): Uint8Array {
  const bytes = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) bytes[i * 2] = name.charCodeAt(i);
  return bytes;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Why bytes are no .xlsx before any library sees them: empty, a CFB container (an encrypted or
 * sensitivity-labelled workbook holds "EncryptedPackage"; an old .xls holds "Workbook" or "Book"),
 * or not a zip archive at all.
 */
export function notAZip(bytes: Uint8Array, file: string): WorkbookReadError | null {
  if (bytes.length === 0) return new WorkbookReadError(file, readReason((t) => t.empty(extensionHintOf(file))), "empty");
  if (CFB.every((b, i) => bytes[i] === b)) {
    if (contains(bytes, utf16("EncryptedPackage")) || contains(bytes, utf16("EncryptionInfo"))) {
      return new WorkbookReadError(file, readReason((t) => t.encrypted()), "encrypted");
    }
    return new WorkbookReadError(file, readReason((t) => t.xls()), "xls");
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return new WorkbookReadError(file, readReason((t) => t.notZip(extensionHintOf(file))), "not-zip");
  }
  return null;
}

/** A zip archive that holds no workbook: an OpenDocument spreadsheet, or something else zipped. */
export function noWorkbook(pkg: Package, file: string): WorkbookReadError {
  const mimetype = pkg.has("mimetype") ? (pkg.textOf("mimetype") ?? "").trim() : "";
  if (mimetype === "application/vnd.oasis.opendocument.spreadsheet" || (pkg.has("content.xml") && /\.ods$/i.test(file))) {
    return new WorkbookReadError(file, readReason((t) => t.ods()), "ods");
  }
  if (pkg.has("word/document.xml")) return new WorkbookReadError(file, readReason((t) => t.docx()), "no-workbook");
  return new WorkbookReadError(file, readReason((t) => t.noWorkbook(extensionHintOf(file))), "no-workbook");
}
