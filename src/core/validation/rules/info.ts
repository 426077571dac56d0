import { normalizeRegion } from "../../regions";
import type { Issue, Rule } from "../types";

/** The information sheet names the workbook's region and year; the region rules compare against it. */
export const infoRule: Rule = {
  id: "info",
  description: "Informationsbladet finns och anger en av de 21 regionerna och ett årtal.",
  codes: { INFO_SHEET_MISSING: "varning", INFO_REGION_MISSING: "fel", INFO_REGION_UNKNOWN: "fel", INFO_YEAR_INVALID: "varning" },
  check(ctx) {
    // A master has no information sheet: its rows name their regions, and it is of no one region.
    if (ctx.master) return [];
    const info = ctx.recognition.info;
    if (!info) return [{ code: "INFO_SHEET_MISSING", at: {} }];
    const issues: Issue[] = [];
    const region = info.fields.region ?? "";
    if (!region) issues.push({ code: "INFO_REGION_MISSING", at: ctx.infoAt("region") });
    else if (!normalizeRegion(region)) issues.push({ code: "INFO_REGION_UNKNOWN", params: { value: region }, at: ctx.infoAt("region") });
    const year = info.fields.year ?? "";
    if (!/^20\d\d$/.test(year)) issues.push({ code: "INFO_YEAR_INVALID", params: { value: year }, at: ctx.infoAt("year") });
    return issues;
  },
};
