import { columnNumber, type NonTextCell } from "../../grid";
import type { Issue, Rule } from "../types";

/** Fields where a number is what belongs: table 8's question number. */
const NUMBER_FIELDS = new Set(["question"]);

/**
 * A data cell that was a number, a date or a formula's result in Excel, not text: the master carries
 * what the user saw ("12 %", "1 234 568 kr", "2023-12-31"), but another program may show it
 * otherwise, and a formula's result may change. A warning, with the text that was taken.
 */
export const cellsNotTextRule: Rule = {
  id: "cells-not-text",
  description: "Cellerna i tabellerna är text, inte tal, datum eller formler.",
  codes: { CELL_NOT_TEXT: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const table of ctx.checkedTables) {
      const cells = ctx.grids.find((g) => g.name === table.sheet)?.nonText;
      if (!cells?.length) continue;
      const byRow = new Map<number, NonTextCell[]>();
      for (const c of cells) {
        const row = Number(/\d+$/.exec(c.cell)?.[0]);
        byRow.set(row, [...(byRow.get(row) ?? []), c]);
      }
      const fieldOf = new Map(Object.entries(table.columns).map(([field, index]) => [index + 1, field]));
      for (const row of ctx.dataRows(table)) {
        for (const c of byRow.get(row.sheetRow) ?? []) {
          const field = fieldOf.get(columnNumber(/^[A-Z]+/i.exec(c.cell)?.[0] ?? ""));
          if (!field || NUMBER_FIELDS.has(field)) continue;
          issues.push({ code: "CELL_NOT_TEXT", params: { shown: c.shown, kind: c.kind }, at: { ...ctx.at(table, row, field), cell: c.cell } });
        }
      }
    }
    return issues;
  },
};
