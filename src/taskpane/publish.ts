/**
 * What "Skapa publikation" runs, loaded on demand (PublishPanel imports it dynamically): the
 * publication model and the docx library stay out of the pane's first bundle.
 */
import type { SheetGrid } from "../core/grid";
import { buildPublication, NotAMasterError, publicationInput, publicationYear, readMasterContent } from "../core/publication";
import { loadPageNumberEstimator, publicationDocx } from "../docx/browser";

export { NotAMasterError };

export interface MadePublication {
  bytes: Uint8Array;
  fileName: string;
  regions: number;
  /** The report year on the title page. */
  year: number;
}

/**
 * `year` is the pane's field; with `masterYear` (the user has not changed the field) the year the
 * master's Sammanställning records wins, as the CLI's publish does without --year.
 */
export async function makePublication(grids: SheetGrid[], options: { year: number; masterYear?: boolean; date: string; appendix: boolean; pageNumbers: boolean }): Promise<MadePublication> {
  const content = readMasterContent(grids);
  const { year } = publicationYear(content, options.masterYear ? undefined : options.year, options.year);
  const document = buildPublication(publicationInput(content, { ...options, year }));
  const pageNumbers = options.pageNumbers ? await loadPageNumberEstimator() : undefined;
  const bytes = await publicationDocx(document, pageNumbers ? { pageNumbers } : {});
  return { bytes, fileName: `sammanstallning-${year}.docx`, regions: document.regions.length, year };
}
