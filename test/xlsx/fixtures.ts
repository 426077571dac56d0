/** Typed access to scripts/xlsx-fixtures.js (plain JavaScript, shared with scripts/hostile-bench.js). */
interface Fixtures {
  buildXlsx(options: {
    sheets: { name: string; xml: string; state?: string; rels?: string }[];
    sharedStrings?: string[];
    styles?: string;
    extra?: Record<string, string | Uint8Array>;
    omit?: string[];
    level?: number;
  }): Uint8Array;
  sheetXml(sheetData: string, after?: string, before?: string): string;
  textCell(ref: string, text: string): string;
  stylesXml(formats: (number | string)[]): string;
  withDeclaredSize(zip: Uint8Array, part: string, uncompressed: number): Uint8Array;
  cfbWith(streamName: string): Uint8Array;
}

export const fixtures = require("../../scripts/xlsx-fixtures.js") as Fixtures;
