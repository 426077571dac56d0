import type { ConsolidationInput } from "../core/consolidation";
import { loadWorkbookBytes, WorkbookReadError } from "./readWorkbook";

/** A file the reader refused, as a consolidation input that says why in every language and what kind of file it was. */
export function unreadableInput(file: string, error: WorkbookReadError): ConsolidationInput {
  return { file, error: error.reason.sv, errorEnglish: error.reason.en, errorKind: error.kind };
}

/** One regional workbook's bytes as a consolidation input; a file that cannot be read becomes an input that says why. */
export async function consolidationInput(file: string, bytes: Uint8Array, fileDate?: string): Promise<ConsolidationInput> {
  try {
    const { sheets, replacements } = await loadWorkbookBytes(bytes, file);
    return { file, grids: sheets, fileDate, replacements };
  } catch (error) {
    if (error instanceof WorkbookReadError) return unreadableInput(file, error);
    return { file, error: (error as Error).message.replace(`${file}: `, "") };
  }
}
