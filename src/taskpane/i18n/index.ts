import { createContext, useContext } from "react";
import { en } from "./en";
import { type Messages, sv } from "./sv";

export type Language = "sv" | "en";
export const MESSAGES: Record<Language, Messages> = { sv, en };

/** Swedish unless Office (or the browser) says the user works in English. */
export function languageFor(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "sv";
}

export const MessagesContext = createContext<Messages>(sv);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}

export type { Messages };
