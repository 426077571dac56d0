import { TEMPLATE_VERSION } from "../template";

/**
 * Template versions this product still reads. TEMPLATE_VERSION (src/core/template.ts) is the one it
 * writes; when the template changes, add the new version here and remove the ones no longer read
 * (a test checks that the current version is listed).
 */
export const KNOWN_TEMPLATE_VERSIONS: readonly string[] = ["2023.1"];

export function isKnownTemplateVersion(version: string): boolean {
  return KNOWN_TEMPLATE_VERSIONS.includes(version.trim()) || version.trim() === TEMPLATE_VERSION;
}
