import type { CellValue } from "../core/grid";

/*
 * What Excel makes of a value written to a cell (Range.values, or typed) whose number format is
 * not text ("@"). A text-formatted cell keeps a string exactly as it is; this is for the others.
 *
 * Sources, and where we had to decide:
 * - "=", "+", "-": the Excel JavaScript API reference for Range.values ("If the returned value
 *   starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 *   formula", @types/office-js). "+5" and "-5" are numbers (5, -5); "+46 70 123" and "-x" are
 *   formulas ("=+46 70 123", "=-x", which Excel would show as an error, not as the text). A lone
 *   "+" or "-" stays text.
 * - "@": Excel takes "@SUM(A1)" as the formula "=SUM(A1)" (the Lotus 1-2-3 form it still accepts);
 *   OWASP's CSV-injection guidance and ASVS 1.2.10 list "=", "+", "-", "@" as the characters that
 *   start a formula. Any "@" followed by something is a formula here.
 * - Leading tab, carriage return, line feed: ASVS 1.2.10 (and OWASP) add "\t" to those characters
 *   because spreadsheet programs skip it before "="; we could not find what Range.values does with
 *   "\t=1+1", so the fake takes the stricter reading: control characters before a formula
 *   character are skipped and the rest is a formula. A leading space is different: " =1+1" stays
 *   text, the usual way people keep a formula from running, and the fake keeps it too.
 * - Numbers: leading zeros go ("0046" → 46), spaces around are ignored, "12%" → 0.12 (format
 *   "0%"), "1e3" → 1000, "(5)" → -5 (accounting negative). Both decimal separators are taken,
 *   "1.5" (en-US) and "1,5" (sv-SE): which one Excel uses depends on the user's locale, and a
 *   fake that turns both into numbers catches more than either locale would. Thousands
 *   separators are not modelled.
 * - TRUE/FALSE (and Swedish Excel's SANT/FALSKT), any case, → booleans.
 * - Dates and times: ISO "2023-12-31" → 45291 (the 1900 date system, as Excel on every platform
 *   for new workbooks), "2023-12-31 14:30" and "14:30" with the time as a fraction of a day; the
 *   cell gets a date or time format as Excel gives it. Locale dates ("31/12/2023", "12/31/2023"),
 *   month names ("2-Sep") and fractions ("1/2", which Excel makes a date) are not modelled.
 * The in-memory workbook does not evaluate formulas: a formula's value is its own text.
 */

export interface CellInput {
  value: CellValue;
  /** Set when Excel would store a formula. */
  formula?: string;
  /** The format Excel gives a cell it recognises a percentage, date or time in. */
  numberFormat?: string;
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?%?$/i;
const ACCOUNTING_NEGATIVE = /^\((\d+([.,]\d*)?|[.,]\d+)\)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/;
const CONTROL_PREFIX = /^[\t\r\n]+/;
const MS_PER_DAY = 86_400_000;

function parseNumber(text: string): { value: number; percent: boolean } | null {
  const negative = ACCOUNTING_NEGATIVE.exec(text);
  const source = negative ? `-${negative[1]}` : text;
  if (!NUMBER.test(source)) return null;
  const percent = source.endsWith("%");
  const value = Number(source.replace("%", "").replace(",", "."));
  if (!Number.isFinite(value)) return null;
  return { value: percent ? value / 100 : value, percent };
}

function timeFraction(h: number, m: number, s: number): number | null {
  if (h > 23 || m > 59 || s > 59) return null;
  return (h * 3600 + m * 60 + s) / 86400;
}

/** Excel's serial for a date in the 1900 system, which counts 1900-02-29 (Lotus's leap-year bug). */
export function dateSerial(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (year < 1900 || year > 9999 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const days = (time - Date.UTC(1899, 11, 31)) / MS_PER_DAY;
  return days >= 60 ? days + 1 : days;
}

function parseDateTime(text: string): CellInput | null {
  const date = ISO_DATE.exec(text);
  if (date) {
    const serial = dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial === null) return null;
    if (date[4] === undefined) return { value: serial, numberFormat: "yyyy-mm-dd" };
    const fraction = timeFraction(Number(date[4]), Number(date[5]), Number(date[6] ?? 0));
    return fraction === null ? null : { value: serial + fraction, numberFormat: "yyyy-mm-dd hh:mm" };
  }
  const time = TIME.exec(text);
  if (time) {
    const fraction = timeFraction(Number(time[1]), Number(time[2]), Number(time[3] ?? 0));
    return fraction === null ? null : { value: fraction, numberFormat: "hh:mm" };
  }
  return null;
}

/** What Excel stores for `value` written to a cell that is not formatted as text. */
export function interpretInput(value: CellValue): CellInput {
  if (typeof value !== "string") return { value };
  if (value === "") return { value: null };
  const trimmed = value.trim();
  const number = parseNumber(trimmed);
  if (number) return { value: number.value, ...(number.percent ? { numberFormat: /[.,]/.test(trimmed) ? "0.00%" : "0%" } : {}) };
  const dateTime = parseDateTime(trimmed);
  if (dateTime) return dateTime;
  if (/^(true|sant)$/i.test(trimmed)) return { value: true };
  if (/^(false|falskt)$/i.test(trimmed)) return { value: false };
  const rest = value.replace(CONTROL_PREFIX, "");
  const first = rest[0];
  if (first === "=" || ((first === "+" || first === "-" || first === "@") && rest.length > 1)) {
    const formula = first === "=" ? rest : first === "@" ? `=${rest.slice(1)}` : `=${rest}`;
    return { value: formula, formula };
  }
  return { value };
}
