import { normalizeText } from "../recognise";
import { NO_ACTIVITIES_TEXT } from "../tables";

/** "Regionen redovisar inga insatser i tabellform.": a row, but no activity to count goals for. */
export function isPlaceholderText(activity: string): boolean {
  return normalizeText(activity) === normalizeText(NO_ACTIVITIES_TEXT);
}
