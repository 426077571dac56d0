/**
 * What "Skapa publikation" runs, loaded on demand (PublishPanel imports it dynamically): the
 * publication model and the docx library stay out of the pane's first bundle.
 */
import type { SheetGrid } from "../core/grid";
import { buildPublication, NotAMasterError, publicationInput, readMasterContent } from "../core/publication";
import { publicationDocx } from "../docx";
import type * as PageNumbers from "../docx/pageNumbers";

export { NotAMasterError };

export interface MadePublication {
  bytes: Uint8Array;
  fileName: string;
  regions: number;
}

/**
 * The specifier is typed as a plain string so that tsc's node16 rules (which want "./x.js", a file
 * webpack does not have) leave it alone; webpack sees the literal and makes a chunk of it.
 */
const loadPageNumbers = () => import("../docx/pageNumbers" as string) as Promise<typeof PageNumbers>;

export async function makePublication(grids: SheetGrid[], options: { year: number; date: string; appendix: boolean; pageNumbers: boolean }): Promise<MadePublication> {
  const document = buildPublication(publicationInput(readMasterContent(grids), options));
  const pageNumbers = options.pageNumbers ? (await loadPageNumbers()).estimatePageNumbers : undefined;
  const bytes = await publicationDocx(document, pageNumbers ? { pageNumbers } : {});
  return { bytes, fileName: `sammanstallning-${options.year}.docx`, regions: document.regions.length };
}
