import { hashText } from "../hash";
import { RULES } from "./rules";
import type { Rule, Severity } from "./types";

/** Every code of the catalog with its severity and rule, in catalog order: for documentation and tests. */
export function ruleCodes(rules: readonly Rule[] = RULES): { code: string; severity: Severity; rule: string }[] {
  return rules.flatMap((rule) => Object.entries(rule.codes).map(([code, severity]) => ({ code, severity, rule: rule.id })));
}

/**
 * Bump when a rule starts to judge differently without its codes changing (a new check inside a
 * rule, a different threshold); the catalog's own digest follows codes and severities by itself.
 */
export const RULES_REVISION = 1;

/** "1-3f09a2c4b1d8e7": the revision and a digest of every rule's codes and severities, as a stamp records it. */
export function rulesVersion(rules: readonly Rule[] = RULES): string {
  const catalog = ruleCodes(rules).map((c) => `${c.rule}:${c.code}:${c.severity}`).join("\n");
  return `${RULES_REVISION}-${hashText(catalog)}`;
}

let current: string | undefined;
/** The product's rules version, worked out once. */
export function currentRulesVersion(): string {
  return (current ??= rulesVersion());
}
