/** The languages of the pane and the ribbon; no React here, so the ribbon's function file can use it. */
export type Language = "sv" | "en";

/** Swedish unless Office (or the browser) says the user works in English. */
export function languageFor(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "sv";
}
