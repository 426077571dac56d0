/**
 * Every reason the reader can give, in Swedish and in English, says the same: the English one names
 * the same parts and the same numbers, in English words (reasonOracle.ts). Each reason is asked with
 * a made-up part, size or cell; hostile.test.ts checks the same on the reasons real broken files get.
 */
import { describeLimit, LIMITS, type LimitName } from "../../src/xlsx";
import { extensionHintOf, READ_ERROR_TEXTS, type ReadErrorTexts, readReason } from "../../src/xlsx/readErrorTexts";
import { expectSameReasonInEnglish } from "./reasonOracle";

const PART = "xl/worksheets/sheet12.xml";
const SAMPLES: { [K in keyof ReadErrorTexts]: Parameters<ReadErrorTexts[K]> } = {
  hint: [{ kind: "extension", ext: ".csv" }],
  directory: [],
  missing: [],
  unreadable: ["EACCES"],
  fileTooLarge: [73_819_545],
  lockFile: ["2023 Kalmar.xlsx"],
  empty: [extensionHintOf("rapport.xls")],
  encrypted: [],
  xls: [],
  notZip: [extensionHintOf("siffror.csv")],
  ods: [],
  docx: [],
  noWorkbook: [extensionHintOf("arkiv.zip")],
  zipEntries: [],
  zipDamaged: [],
  partTooLarge: [PART, 250_123_456],
  zipBomb: [PART, 1_572_864, 1_073_741_824],
  totalTooLarge: [],
  partDamaged: [PART],
  partNotXml: [PART, "unclosed tag: row"],
  workbookDamaged: [],
  tooManySheets: [1234],
  tooManyRows: ["Tabell 3"],
  cellTooLong: ["Tabell 3!AB12", 40_001],
  cellOutside: [16_385, 1_048_577],
  missingSharedString: ["C7", "991"],
  notANumber: ["D4", "tolv"],
  dtd: [],
};

describe("the reader's reasons in every language", () => {
  test.each(Object.keys(SAMPLES) as (keyof ReadErrorTexts)[])("%s says the same in English as in Swedish", (key) => {
    const call = (t: ReadErrorTexts) => (t[key] as (...args: unknown[]) => string)(...SAMPLES[key]);
    const reason = readReason(call);
    expect(reason).toEqual({ sv: call(READ_ERROR_TEXTS.sv), en: call(READ_ERROR_TEXTS.en) });
    expect(reason.sv.trim()).not.toBe("");
    expectSameReasonInEnglish(reason);
  });

  test("a file named .xlsx gets no hint; an .xls and another extension get theirs", () => {
    expect(READ_ERROR_TEXTS.en.hint(extensionHintOf("Rapport.XLSX"))).toBe("");
    expect(READ_ERROR_TEXTS.sv.hint(extensionHintOf("gammal.xls"))).toMatch(/äldre \.xls-formatet/);
    expect(READ_ERROR_TEXTS.en.hint(extensionHintOf("siffror.csv"))).toBe(" The file name does not end in .xlsx but in .csv.");
  });

  test.each(Object.keys(LIMITS) as LimitName[])("the limit %s is the same value in both languages", (name) => {
    expectSameReasonInEnglish({ sv: describeLimit(name, "sv"), en: describeLimit(name, "en") }, { wordsDiffer: false });
    expect(describeLimit(name)).toBe(describeLimit(name, "sv"));
  });
});
