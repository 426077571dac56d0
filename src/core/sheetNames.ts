/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

export function safeSheetName(name: string): string {
  let safe = name.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  safe = safe.replace(/^'+|'+$/g, "").trim();
  if (safe.length > MAX_SHEET_NAME_LENGTH) safe = safe.slice(0, MAX_SHEET_NAME_LENGTH).trim();
  if (!safe || safe.toLowerCase() === "history") safe = `Blad ${safe}`.trim();
  return safe;
}

export function isValidSheetName(name: string): boolean {
  return safeSheetName(name) === name;
}
