/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

function trimApostrophes(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/g, "");
}

export function safeSheetName(name: string): string {
  let safe = trimApostrophes(name.replace(FORBIDDEN, " ").replace(/\s+/g, " "));
  if (safe.length > MAX_SHEET_NAME_LENGTH) {
    // Cut at 31 UTF-16 units without splitting a surrogate pair, then tidy the new end:
    // the cut can leave a trailing space or apostrophe, which Excel refuses.
    let cut = safe.slice(0, MAX_SHEET_NAME_LENGTH);
    if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
    safe = trimApostrophes(cut);
  }
  if (!safe || safe.toLowerCase() === "history") safe = `Blad ${safe}`.trim();
  return safe;
}

/** Whether Excel accepts `name` as a sheet name (checked against the rules, not against safeSheetName's tidying). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}
