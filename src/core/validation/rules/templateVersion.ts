import { TEMPLATE_VERSION } from "../../template";
import { isKnownTemplateVersion, KNOWN_TEMPLATE_VERSIONS } from "../templateVersions";
import type { Rule } from "../types";

/** A workbook made from a template the product no longer knows may have another layout. */
export const templateVersionRule: Rule = {
  id: "template-version",
  description: "Mallversionen på informationsbladet är en version som produkten känner till.",
  codes: { TEMPLATE_VERSION_UNKNOWN: "varning", TEMPLATE_VERSION_MISSING: "varning" },
  check(ctx) {
    const info = ctx.recognition.info;
    // Without an information sheet the info rule has already said so; nothing to add here.
    if (!info) return [];
    const version = info.fields.templateVersion ?? "";
    const at = version ? ctx.infoAt("templateVersion") : { sheet: info.sheet };
    if (!version) return [{ code: "TEMPLATE_VERSION_MISSING", params: { current: TEMPLATE_VERSION }, at }];
    if (isKnownTemplateVersion(version)) return [];
    return [{ code: "TEMPLATE_VERSION_UNKNOWN", params: { version, known: KNOWN_TEMPLATE_VERSIONS.join(", "), current: TEMPLATE_VERSION }, at }];
  },
};
