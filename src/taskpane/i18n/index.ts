import { createContext, useContext } from "react";
import { en } from "./en";
import { type Messages, sv } from "./sv";

import type { Language } from "./language";

export { languageFor, type Language } from "./language";
export const MESSAGES: Record<Language, Messages> = { sv, en };

export const LanguageContext = createContext<Language>("sv");

/** The texts of the pane's language (set once by App). */
export function useMessages(): Messages {
  return MESSAGES[useContext(LanguageContext)];
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export type { Messages };
