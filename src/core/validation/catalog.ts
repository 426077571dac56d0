import { RULES } from "./rules";
import type { Rule, Severity } from "./types";

/** Every code of the catalog with its severity and rule, in catalog order: for documentation and tests. */
export function ruleCodes(rules: readonly Rule[] = RULES): { code: string; severity: Severity; rule: string }[] {
  return rules.flatMap((rule) => Object.entries(rule.codes).map(([code, severity]) => ({ code, severity, rule: rule.id })));
}
