import { columnName, TABLES, tableDef } from "../../tables";
import type { Issue, Rule } from "../types";

/** Workbook level: each table once, with a header row that can be found. */
export const tablesRule: Rule = {
  id: "tables",
  description: "Varje tabell 1–8 finns en gång i arbetsboken och har en rubrikrad som går att hitta.",
  codes: {
    TABLE_MISSING: "fel",
    TABLE_DUPLICATE: "fel",
    TABLE_DUPLICATE_HIDDEN: "varning",
    HEADER_NOT_FOUND: "fel",
    TABLE_UNPLACED: "fel",
  },
  check(ctx) {
    const issues: Issue[] = [];
    const { headerless } = ctx.recognition;
    for (const h of headerless) {
      const expected = tableDef(h.table).columns.filter((c) => !c.optional).map((c) => `"${columnName(c)}"`).join(", ");
      issues.push({ code: "HEADER_NOT_FOUND", params: { table: h.table, sheet: h.sheet, expected }, at: { sheet: h.sheet, table: h.table, cell: "A1" } });
    }
    // A table's header on a sheet that does not say which table: its rows reach no table.
    for (const u of ctx.recognition.unplaced) {
      issues.push({ code: "TABLE_UNPLACED", params: { sheet: u.sheet, kind: u.kind }, at: { sheet: u.sheet, row: u.headerRow, cell: `A${u.headerRow}` } });
    }
    for (const def of TABLES) {
      const copies = ctx.read.tables.filter((t) => t.table.def.number === def.number);
      if (!copies.length) {
        if (!headerless.some((h) => h.table === def.number)) {
          issues.push({ code: "TABLE_MISSING", params: { table: def.number, title: def.title }, at: { table: def.number } });
        }
        continue;
      }
      // The copy read is the reader's primary one; the others are reported.
      const used = copies.find((t) => t.primary)!;
      for (const copy of copies) {
        if (copy === used) continue;
        const at = ctx.at(copy.table, copy.table.headerRow);
        const params = { table: def.number, sheet: copy.table.sheet, used: used.table.sheet };
        issues.push({ code: copy.table.hidden ? "TABLE_DUPLICATE_HIDDEN" : "TABLE_DUPLICATE", params, at });
      }
    }
    return issues;
  },
};
