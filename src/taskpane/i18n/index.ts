import { createContext, useContext } from "react";
import { en } from "./en";
import { type Messages, sv } from "./sv";

export type Language = "sv" | "en";
export const MESSAGES: Record<Language, Messages> = { sv, en };

/** Swedish unless Office (or the browser) says the user works in English. */
export function languageFor(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "sv";
}

export const LanguageContext = createContext<Language>("sv");

/** The texts of the pane's language (set once by App). */
export function useMessages(): Messages {
  return MESSAGES[useContext(LanguageContext)];
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export type { Messages };
