import { normalizeRegion } from "../../regions";
import type { Issue, Rule } from "../types";

/**
 * The Region cell names one of the 21 regions ("Region Jönköpings län" counts as Jönköping) and,
 * in a regional workbook, the region on the information sheet: rows of another region would be
 * merged under the wrong name.
 */
export const regionRule: Rule = {
  id: "region",
  description: "Regionen på varje rad är en av de 21 regionerna och samma som på informationsbladet.",
  codes: { REGION_UNKNOWN: "fel", REGION_MISMATCH: "fel" },
  check(ctx) {
    const issues: Issue[] = [];
    // A workbook spells its region a handful of ways, on every row: each spelling is looked up once.
    const regions = new Map<string, ReturnType<typeof normalizeRegion>>();
    for (const table of ctx.checkedTables) {
      for (const row of ctx.dataRows(table)) {
        const value = row.values.region ?? "";
        if (!value) continue;
        let region = regions.get(value);
        if (region === undefined) regions.set(value, (region = normalizeRegion(value)));
        const at = ctx.at(table, row, "region");
        if (!region) issues.push({ code: "REGION_UNKNOWN", params: { value }, at });
        else if (!ctx.master && ctx.read.region && region !== ctx.read.region) {
          issues.push({ code: "REGION_MISMATCH", params: { value, region, workbook: ctx.read.region, infoSheet: ctx.recognition.info?.sheet }, at });
        }
      }
    }
    return issues;
  },
};
