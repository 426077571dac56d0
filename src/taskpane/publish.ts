/**
 * What "Skapa publikation" runs, loaded on demand (PublishPanel imports it dynamically): the
 * publication model and the docx library stay out of the pane's first bundle.
 */
import type { SheetGrid } from "../core/grid";
import { buildPublication, NotAMasterError, publicationInput, readMasterContent } from "../core/publication";
import { loadPageNumberEstimator, publicationDocx } from "../docx/browser";

export { NotAMasterError };

export interface MadePublication {
  bytes: Uint8Array;
  fileName: string;
  regions: number;
}

export async function makePublication(grids: SheetGrid[], options: { year: number; date: string; appendix: boolean; pageNumbers: boolean }): Promise<MadePublication> {
  const document = buildPublication(publicationInput(readMasterContent(grids), options));
  const pageNumbers = options.pageNumbers ? await loadPageNumberEstimator() : undefined;
  const bytes = await publicationDocx(document, pageNumbers ? { pageNumbers } : {});
  return { bytes, fileName: `sammanstallning-${options.year}.docx`, regions: document.regions.length };
}
