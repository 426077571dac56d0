import type { Messages } from "./i18n";

/*
 * What went wrong, for the user, in their language. Office.js errors (OfficeExtension.Error: name
 * "RichApi.Error", a code from Excel.ErrorCodes) are told by their code, with what to do; their own
 * message (English, technical) is never shown. The add-in's own errors already say what to do.
 */

type ErrorTexts = Pick<Messages, "officeError" | "officeErrors" | "officeErrorUnknown" | "unexpectedError">;

/** The Office.js error code of an error, if it is one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const { code, name, debugInfo } = error as { code?: unknown; name?: unknown; debugInfo?: unknown };
  if (typeof code !== "string" || !/^[A-Z][A-Za-z]+$/.test(code)) return undefined;
  return name === "RichApi.Error" || debugInfo !== undefined ? code : undefined;
}

export function errorText(error: unknown, t: ErrorTexts): string {
  const code = officeErrorCode(error);
  if (code) return t.officeError(code, t.officeErrors[code] ?? t.officeErrorUnknown);
  // The add-in's own errors are plain Errors whose message says what to do; anything else is a surprise.
  if (error instanceof Error && error.constructor === Error && error.message) return error.message;
  return t.unexpectedError(error instanceof Error ? error.message || error.name : String(error));
}
