/**
 * The catalog's contract: codes are declared once, every language has every message, a rule cannot
 * emit a code it does not declare, and every code has a broken workbook that makes it appear and
 * that loses it when its rule is taken out of the catalog.
 */
import { TEMPLATE_VERSION } from "../../../src/core/template";
import { CODE_TITLES, KNOWN_TEMPLATE_VERSIONS, MESSAGES, type Rule, RULES, ruleCodes, validateWorkbook } from "../../../src/core/validation";
import { BREAKERS } from "./breakers";
import { sampleWorkbook, validate, withCode } from "./helpers";

const codes = ruleCodes();

describe("the rule catalog", () => {
  it("declares every code once, in UPPER_SNAKE_CASE, with a severity", () => {
    const names = codes.map((c) => c.code);
    expect(new Set(names).size).toBe(names.length);
    for (const c of codes) {
      expect(c.code).toMatch(/^[A-Z0-9]+(_[A-Z0-9]+)*$/);
      expect(["fel", "varning"]).toContain(c.severity);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(Object.keys(MESSAGES))("has a %s message for every code and none for codes no rule declares", (language) => {
    const messages = MESSAGES[language as keyof typeof MESSAGES];
    expect(Object.keys(messages).sort()).toEqual(codes.map((c) => c.code).sort());
    for (const c of codes) {
      expect(typeof messages[c.code]).toBe("function");
      expect(messages[c.code]({}).length).toBeGreaterThan(20);
    }
  });

  it.each(Object.keys(CODE_TITLES))("has a short %s title for every code, and none for codes no rule declares", (language) => {
    const titles = CODE_TITLES[language as keyof typeof CODE_TITLES];
    expect(Object.keys(titles).sort()).toEqual(codes.map((c) => c.code).sort());
    for (const c of codes) expect(titles[c.code].length).toBeLessThan(60);
  });

  it("refuses a rule that emits a code it does not declare", () => {
    const rogue: Rule = { id: "rogue", description: "", codes: { DECLARED: "fel" }, check: () => [{ code: "UNDECLARED", at: {} }] };
    expect(() => validateWorkbook(sampleWorkbook("Blekinge"), { rules: [rogue] })).toThrow(/UNDECLARED/);
  });

  it("knows the template version the product writes", () => {
    expect(KNOWN_TEMPLATE_VERSIONS).toContain(TEMPLATE_VERSION);
  });

  it("has a broken workbook for every code", () => {
    expect(Object.keys(BREAKERS).sort()).toEqual(codes.map((c) => c.code).sort());
  });

  describe.each(codes)("$code ($severity, rule $rule)", ({ code, severity, rule }) => {
    const broken = BREAKERS[code]?.();
    it("appears in the broken workbook, with its severity, a filled-in message in each language and a sheet", () => {
      for (const language of ["sv", "en"] as const) {
        const found = withCode(validate(broken.grids, { ...broken.options, language }), code);
        expect(found.length).toBeGreaterThan(0);
        expect(found[0].severity).toBe(severity);
        expect(found[0].message).not.toMatch(/undefined|NaN|\[object|\$\{/);
        expect(found[0].file).toBe("test.xlsx");
        // Only a missing table or information sheet has no sheet to point at.
        if (!["TABLE_MISSING", "INFO_SHEET_MISSING"].includes(code)) expect(found[0].sheet).toBeTruthy();
      }
    });
    it("disappears when its rule is taken out of the catalog", () => {
      const without = RULES.filter((r) => r.id !== rule);
      expect(withCode(validate(broken.grids, { ...broken.options, rules: without }), code)).toHaveLength(0);
    });
    it("is not in Blekinge's unbroken published workbook, so the breaker is what causes it", () => {
      // Blekinge's published rows themselves have a duplicate, empty effects and an empty outputs cell.
      if (["ROW_DUPLICATE", "EFFECTS_EMPTY", "ROW_MISSING_OUTPUTS"].includes(code)) return;
      expect(withCode(validate(sampleWorkbook("Blekinge")), code)).toHaveLength(0);
    });
  });
});
