import type { MessageParams } from "../types";

/** One message per code: a function of the finding's parameters, so each language orders words its own way. */
export type Messages = Readonly<Record<string, (p: MessageParams) => string>>;
