import { type ColumnDef, columnName } from "../../tables";
import { activityRows, list } from "./shared";
import { crossReferenceOf } from "./rowContent";
import type { Rule } from "../types";

/** What people call a column in a sentence: its shortest usual name ("Prestationer", "Mål"). */
const shortName = (column: ColumnDef) => column.synonyms[0] ?? columnName(column);

/**
 * "Se tabell 2.", "Se regionens återrapportering avsnitt 4.1": a row that points elsewhere instead of
 * reporting. The compilation publishes the tables on their own, so the content is missing; one finding
 * says so, where the field rules would each have reported an empty cell (they leave these rows alone).
 */
export const crossReferenceRule: Rule = {
  id: "cross-reference",
  description: "Raderna redovisar insatsen i tabellen själv, inte med en hänvisning till en annan tabell eller till återrapporteringen.",
  codes: { CROSS_REFERENCE: "fel" },
  check(ctx) {
    return activityRows(ctx).flatMap(({ table, row }) => {
      const found = crossReferenceOf(ctx, table, row);
      if (!found) return [];
      const names = found.fields.map((f) => table.defined.find((c) => c.key === f)).filter((c) => !!c).map((c) => shortName(c!));
      return [{ code: "CROSS_REFERENCE", params: { table: table.def.number, pointer: found.pointer, columns: list(names), columnsEn: list(names, "and") }, at: ctx.at(table, row, found.at) }];
    });
  },
};
