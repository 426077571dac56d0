import type { Rule } from "../types";

/** A table with no rows at all: the region has either forgotten it or should say it has nothing. */
export const tableEmptyRule: Rule = {
  id: "table-empty",
  description: "Tabell 1–7 har minst en rad, eller raden som säger att regionen inte har några insatser.",
  codes: { TABLE_EMPTY: "varning" },
  check(ctx) {
    return ctx.checkedTables
      .filter((t) => t.def.kind === "activity" && ctx.dataRows(t).length === 0)
      .map((t) => ({ code: "TABLE_EMPTY", params: { table: t.def.number }, at: ctx.at(t, t.rows[0]?.sheetRow ?? t.headerRow + 1, "activity") }));
  },
};
