import type { ConsolidationInput } from "../core/consolidation";
import { loadWorkbookBytes, WorkbookReadError } from "./readWorkbook";

/** One regional workbook's bytes as a consolidation input; a file that cannot be read becomes an input that says why. */
export async function consolidationInput(file: string, bytes: Uint8Array, fileDate?: string): Promise<ConsolidationInput> {
  try {
    const { sheets, replacements } = await loadWorkbookBytes(bytes, file);
    return { file, grids: sheets, fileDate, replacements };
  } catch (error) {
    return { file, error: (error as Error).message.replace(`${file}: `, ""), ...(error instanceof WorkbookReadError ? { errorKind: error.kind } : {}) };
  }
}
