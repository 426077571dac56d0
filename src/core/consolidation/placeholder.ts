import { normalizeText } from "../recognise";
import { NO_ACTIVITIES_TEXT } from "../tables";

/** The template's text, normalised once (asked for every master row). */
let placeholder: string | undefined;

/** "Regionen redovisar inga insatser i tabellform.": a row, but no activity to count goals for. */
export function isPlaceholderText(activity: string): boolean {
  return normalizeText(activity) === (placeholder ??= normalizeText(NO_ACTIVITIES_TEXT));
}
