import type { ReadReason } from "../../src/xlsx";

/**
 * The English reason says what the Swedish one says: English words, and every number (sizes,
 * limits, cells, counts) and every part named in the Swedish one. Numbers are compared as values:
 * "32 767" and "1,5" in Swedish are "32,767" and "1.5" in English.
 */
export function expectSameReasonInEnglish({ sv, en }: ReadReason, { wordsDiffer = true } = {}): void {
  // A limit ("50 MB") may read the same in both; a reason never does.
  if (wordsDiffer) expect(en).not.toBe(sv);
  expect(en).not.toMatch(/(?<!\p{L})(?:är|och|inte|filen|delen|arbetsboken|cellen|bladet|som|över|gränsen|spara|den|det)(?!\p{L})/iu);
  const numbers = (text: string, group: RegExp, decimal: string) =>
    (text.match(new RegExp(`\\d+(?:${group.source}\\d{3})*(?:${decimal === "," ? "," : "\\."}\\d+)?`, "g")) ?? [])
      .map((n) => Number(n.replace(new RegExp(group.source, "g"), "").replace(decimal, ".")))
      .sort((a, b) => a - b);
  expect(numbers(en, /,/, ".")).toEqual(numbers(sv, / /, ","));
  const parts = (text: string) => (text.match(/[\w.-]+\/[\w./-]+\w/g) ?? []).sort();
  expect(parts(en)).toEqual(parts(sv));
}
