import { TABLES } from "../../tables";
import type { Issue, Rule } from "../types";

/** Workbook level: each of the eight tables once, with a header row that can be found. */
export const tablesRule: Rule = {
  id: "tables",
  description: "Varje tabell 1–8 finns en gång i arbetsboken och har en rubrikrad som går att hitta.",
  codes: {
    TABLE_MISSING: "fel",
    TABLE_DUPLICATE: "fel",
    TABLE_DUPLICATE_HIDDEN: "varning",
    HEADER_NOT_FOUND: "fel",
  },
  check(ctx) {
    const issues: Issue[] = [];
    const { tables, headerless } = ctx.recognition;
    for (const h of headerless) {
      const def = TABLES[h.table - 1];
      const expected = def.columns.map((c) => `"${c.header.split("\n")[0]}"`).join(", ");
      issues.push({ code: "HEADER_NOT_FOUND", params: { table: h.table, sheet: h.sheet, expected }, at: { sheet: h.sheet, table: h.table, cell: "A1" } });
    }
    for (const def of TABLES) {
      const copies = tables.filter((t) => t.def.number === def.number);
      if (!copies.length) {
        if (!headerless.some((h) => h.table === def.number)) {
          issues.push({ code: "TABLE_MISSING", params: { table: def.number, title: def.title }, at: { table: def.number } });
        }
        continue;
      }
      // The copy read is the first visible one (readReport.primaryTable); the others are reported.
      const used = copies.find((t) => !t.hidden) ?? copies[0];
      for (const copy of copies) {
        if (copy === used) continue;
        const at = ctx.at(copy, copy.headerRow);
        const params = { table: def.number, sheet: copy.sheet, used: used.sheet };
        issues.push({ code: copy.hidden ? "TABLE_DUPLICATE_HIDDEN" : "TABLE_DUPLICATE", params, at });
      }
    }
    return issues;
  },
};
