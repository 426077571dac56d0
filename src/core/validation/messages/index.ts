import type { Language, MessageParams } from "../types";
import { en } from "./en";
import { sv } from "./sv";
import { titlesEn } from "./titles.en";
import { titlesSv } from "./titles.sv";
import type { Messages } from "./types";

export type { Messages };

/** Every language the findings can be written in; a test checks each has every code's message. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { sv, en };

/** The message for a code; a code without one falls back to Swedish, then to the code itself. */
export function formatMessage(code: string, params: MessageParams = {}, language: Language = "sv"): string {
  const template = MESSAGES[language][code] ?? MESSAGES.sv[code];
  return template ? template(params) : code;
}

/** A short name per code in every language; a test checks each has every code. */
export const CODE_TITLES: Readonly<Record<Language, Readonly<Record<string, string>>>> = { sv: titlesSv, en: titlesEn };

/** The short name of a code (for filters and headings); the code itself when there is none. */
export function codeTitle(code: string, language: Language = "sv"): string {
  return CODE_TITLES[language][code] ?? CODE_TITLES.sv[code] ?? code;
}
