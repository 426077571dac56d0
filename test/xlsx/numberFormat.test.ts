/**
 * Numbers as a Swedish Excel shows them under their format. The expected texts are what Excel
 * (sv-SE: decimal comma, space between thousands, short date 2023-12-31) displays for these
 * format codes, written down by hand, not computed.
 */
import { dateOfSerial, formatGeneral, formatNumber, isDateFormat } from "../../src/xlsx/numberFormat";

describe("formatNumber", () => {
  test.each([
    [0.12, "0%", "12%"],
    [0.125, "0.0%", "12,5%"],
    [0.12, "0 %", "12 %"],
    // A quoted % is text: no multiplication.
    [0.12, '0" %"', "0 %"],
    [1234567.891, '#,##0 "kr"', "1 234 568 kr"],
    [1234567.891, "#,##0\\ \\k\\r", "1 234 568 kr"],
    [1234567.891, '[$kr-41D] #,##0.00', "kr 1 234 567,89"],
    [-1234.5, "#,##0.00", "-1 234,50"],
    [-1234.5, "#,##0.00;(#,##0.00)", "(1 234,50)"],
    [0, '#,##0;-#,##0;"-"', "-"],
    [1234.5, "0", "1235"],
    [0.5, "#.##", ",5"],
    [7, "000", "007"],
    [1500000, '#,##0.0,, "mn"', "1,5 mn"],
    [1234, "0.00E+00", "1,23E+03"],
    [1234567.891, '_-* #,##0 "kr"_-;-* #,##0 "kr"_-;_-* "-" "kr"_-;_-@_-', "1 234 568 kr"],
    [45291, "yyyy-mm-dd", "2023-12-31"],
    [45291, "d mmmm yyyy", "31 december 2023"],
    [45291, "dddd d mmm", "söndag 31 dec"],
    [45291.75, "yyyy-mm-dd hh:mm", "2023-12-31 18:00"],
    [0.5, "h:mm AM/PM", "12:00 em"],
    [1.25, "[h]:mm", "30:00"],
    [45291, "General", "45291"],
    [0.1 + 0.2, "General", "0,3"],
  ])("%p under %p is %p", (value, code, shown) => {
    expect(formatNumber(value, code)).toBe(shown);
  });

  test("dates: the 1900 system with Excel's leap-year bug, and the 1904 system", () => {
    expect(dateOfSerial(1).toISOString().slice(0, 10)).toBe("1900-01-01");
    expect(dateOfSerial(61).toISOString().slice(0, 10)).toBe("1900-03-01");
    expect(dateOfSerial(45291).toISOString().slice(0, 10)).toBe("2023-12-31");
    expect(formatNumber(43829, "yyyy-mm-dd", true)).toBe("2023-12-31");
  });

  test("which formats are dates", () => {
    expect(["yyyy-mm-dd", "d/m/yy", "h:mm", "[h]:mm:ss", "mmm yy"].map(isDateFormat)).toEqual([true, true, true, true, true]);
    expect(["0%", '#,##0 "kr"', "General", "@", '0 "m"'].map(isDateFormat)).toEqual([false, false, false, false, false]);
  });

  test("General: the digits, with a decimal comma", () => {
    expect([42, 0.25, -3.5, 1e12, 1.5e16, 123456789.123456, 0.1 + 0.2].map(formatGeneral)).toEqual(["42", "0,25", "-3,5", "1000000000000", "1,5E+16", "123456789,123456", "0,3"]);
  });
});
