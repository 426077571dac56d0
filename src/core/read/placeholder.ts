import { normalizeText } from "../recognise";
import { NO_ACTIVITIES_TEXT } from "../tables";

/** The template's text, normalised once. */
let placeholder: string | undefined;

/**
 * "Regionen redovisar inga insatser i tabellform.": a row, but no activity. Asked of every row by
 * several rules and by goal coverage, so a text whose length alone rules it out is never normalised;
 * `normalized` is normalizeText, or a caller's copy of its result (validation keeps one per row).
 */
export function isNoActivitiesText(activity: string, normalized: (activity: string) => string = normalizeText): boolean {
  placeholder ??= normalizeText(NO_ACTIVITIES_TEXT);
  const length = activity.length;
  if (length < placeholder.length - 2 || length > placeholder.length * 2) return false;
  return normalized(activity) === placeholder;
}
