import { normalizeText } from "../../recognise";
import { activityRows } from "./shared";
import { crossReferenceOf } from "./rowContent";
import type { Rule } from "../types";

/**
 * The first character normalizeText would give, without normalising the whole text: texts that differ
 * here cannot be equal once normalised, and most rows differ (normalising both cells of every row was a
 * tenth of validation's time). NFC over a few characters, so a decomposed "å" is still "å".
 */
const firstLetter = (text: string | undefined) => (text ?? "").trimStart().slice(0, 6).normalize("NFC").toLowerCase().charAt(0);

/**
 * The same text as outputs and as effects ("Projektet pågår, ännu inga färdiga resultat." twice): one of
 * the two says nothing of its own. A warning: it is often true that nothing is known yet, but then the
 * effects column has its own wording for it.
 */
export const outputsEffectsRule: Rule = {
  id: "outputs-effects",
  description: "Prestationer och effekter beskrivs var för sig, inte med samma text.",
  codes: { OUTPUTS_EQUAL_EFFECTS: "varning" },
  check(ctx) {
    return activityRows(ctx)
      .filter(({ table }) => "outputs" in table.columns && "effects" in table.columns)
      .filter(({ table, row }) => {
        if (firstLetter(row.values.outputs) !== firstLetter(row.values.effects)) return false;
        const outputs = normalizeText(row.values.outputs ?? "").replace(/[.\s]+$/, "");
        return outputs !== "" && outputs === normalizeText(row.values.effects ?? "").replace(/[.\s]+$/, "") && !crossReferenceOf(ctx, table, row);
      })
      .map(({ table, row }) => ({ code: "OUTPUTS_EQUAL_EFFECTS", params: { table: table.def.number, outputs: ctx.at(table, row, "outputs").cell }, at: ctx.at(table, row, "effects") }));
  },
};
