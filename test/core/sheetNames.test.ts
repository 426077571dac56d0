import { isValidSheetName, MAX_SHEET_NAME_LENGTH, safeSheetName } from "../../src/core/sheetNames";
import { templateSheetNames } from "../../src/core/template";
import { TABLES } from "../../src/core/tables";

/** Excel's rules, written out independently of the code under test. */
function excelAccepts(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

const AWKWARD = [
  "Tabell 1: Likvärdiga möjligheter till boende, arbete och välfärd i hela landet",
  "a:b\\c/d?e*f[g]h",
  "'citat'",
  "''''",
  "'",
  "",
  "   ",
  "History",
  "HISTORY",
  " history ",
  "[]:*?/\\",
  "x".repeat(30) + "'y",
  "x".repeat(30) + " y",
  "x".repeat(30) + "''''y",
  "x".repeat(30) + "😀",
  "Tabell 8. Fördelning av anslag 1:1 Regionala utvecklingsåtgärder",
  "Blad\t1\n",
];

describe("safeSheetName", () => {
  test("is at most 31 characters", () => {
    expect(MAX_SHEET_NAME_LENGTH).toBe(31);
    const name = safeSheetName("Innovation och förnyelse samt entreprenörskap och företagande i hela landet");
    expect(name).toBe("Innovation och förnyelse samt e");
    expect(name).toHaveLength(31);
  });

  test("replaces : \\ / ? * [ ] and tidies the spaces", () => {
    expect(safeSheetName("a:b\\c/d?e*f[g]h")).toBe("a b c d e f g h");
    expect(safeSheetName("Tabell 8: anslag 1:1")).toBe("Tabell 8 anslag 1 1");
    expect(safeSheetName("[Tabell 3]")).toBe("Tabell 3");
  });

  test("drops leading and trailing apostrophes but keeps inner ones", () => {
    expect(safeSheetName("'Tabell 3'")).toBe("Tabell 3");
    expect(safeSheetName("Region's tabell")).toBe("Region's tabell");
  });

  test("never ends in an apostrophe or space after cutting to 31 characters", () => {
    expect(safeSheetName("x".repeat(30) + "'y")).toBe("x".repeat(30));
    expect(safeSheetName("x".repeat(30) + " y")).toBe("x".repeat(30));
  });

  test("does not split a character made of two UTF-16 units when cutting", () => {
    const name = safeSheetName("x".repeat(30) + "😀");
    expect(name).toBe("x".repeat(30));
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(name)).toBe(false);
  });

  test("is never empty and never 'History'", () => {
    expect(safeSheetName("")).toBe("Blad");
    expect(safeSheetName("''")).toBe("Blad");
    expect(safeSheetName(" : ")).toBe("Blad");
    expect(safeSheetName("History")).toBe("Blad History");
    expect(safeSheetName("history")).toBe("Blad history");
  });

  test.each(AWKWARD.map((name) => [name]))("%j becomes a name Excel accepts", (name) => {
    const safe = safeSheetName(name);
    expect(excelAccepts(safe)).toBe(true);
    expect(isValidSheetName(safe)).toBe(true);
    expect(safeSheetName(safe)).toBe(safe);
  });

  test("leaves a valid name alone", () => {
    for (const name of ["Tabell 1", "Information", "Listor", "3 Innovation", "Miljö och klimat", "x".repeat(31)]) {
      expect(safeSheetName(name)).toBe(name);
    }
  });
});

describe("isValidSheetName", () => {
  test("follows Excel's rules", () => {
    expect(isValidSheetName("Tabell 1")).toBe(true);
    expect(isValidSheetName("x".repeat(31))).toBe(true);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    expect(isValidSheetName("")).toBe(false);
    for (const ch of [":", "\\", "/", "?", "*", "[", "]"]) expect(isValidSheetName(`Tabell${ch}1`)).toBe(false);
    expect(isValidSheetName("'Tabell")).toBe(false);
    expect(isValidSheetName("Tabell'")).toBe(false);
    expect(isValidSheetName("Region's")).toBe(true);
    expect(isValidSheetName("History")).toBe(false);
    expect(isValidSheetName("hiSTOry")).toBe(false);
  });
});

describe("template sheet names", () => {
  test("are all valid, distinct, and include one sheet per table", () => {
    const names = templateSheetNames();
    for (const name of names) {
      expect(excelAccepts(name)).toBe(true);
      expect(safeSheetName(name)).toBe(name);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const table of TABLES) expect(names).toContain(table.sheetName);
  });
});
