import { cellAddress, cellText } from "../../grid";
import { columnName } from "../../tables";
import { isLineageHeader } from "../master";
import type { Issue, Rule } from "../types";

/** Header level: every column the table defines is there, and nothing is written in columns it does not. */
export const columnsRule: Rule = {
  id: "columns",
  description: "Tabellens rubrikrad har alla kolumner, och inga uppgifter står i kolumner som tabellen inte har.",
  codes: { COLUMN_MISSING: "fel", COLUMN_UNKNOWN: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const table of ctx.checkedTables) {
      const number = table.def.number;
      const missing = table.missingColumns.filter((c) => !c.optional);
      // Table 8's question rows name their question by number or by text: one of the two is needed.
      if (table.def.kind === "form" && table.shape === "rows" && !("question" in table.columns) && !("text" in table.columns)) {
        missing.unshift(...table.missingColumns.filter((c) => c.key === "question"));
      }
      for (const column of missing) {
        const header = columnName(column);
        // The column is not there to point at: point at the header row's first cell.
        issues.push({ code: "COLUMN_MISSING", params: { table: number, header }, at: { ...ctx.at(table, table.headerRow), column: header } });
      }
      // Cells outside the table's columns are not carried into the master: say so once per column.
      const counts = new Map<string, number>();
      for (const row of table.rows) {
        for (const key of Object.keys(row.extra)) {
          // The master's lineage columns are its own, not text the table lacks a column for.
          if (ctx.master && isLineageHeader(key)) continue;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      const header = ctx.grids.find((g) => g.name === table.sheet)?.values[table.headerRow - 1] ?? [];
      for (const [name, count] of counts) {
        // A column without a header is named "Kolumn N" by the recogniser.
        const numbered = /^Kolumn (\d+)$/.exec(name);
        const index = numbered && !cellText(header[Number(numbered[1]) - 1]) ? Number(numbered[1]) - 1 : header.findIndex((v) => cellText(v) === name);
        const at = { sheet: table.sheet, table: number, row: table.headerRow, cell: index >= 0 ? cellAddress(table.headerRow, index + 1) : undefined, column: name };
        issues.push({ code: "COLUMN_UNKNOWN", params: { table: number, header: name, count }, at });
      }
    }
    return issues;
  },
};
