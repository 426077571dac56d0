/**
 * src/docx for the task pane: the Word writer, and the page estimate (docx/layout, about 1.7 MB)
 * loaded only when asked for. Node code (the CLI) takes both from index.ts.
 */
import type { PageNumberEstimator } from "docx";

export { type DocxOptions, publicationDocument, publicationDocx } from "./publication";

export async function loadPageNumberEstimator(): Promise<PageNumberEstimator> {
  return (await import(/* webpackChunkName: "docx-layout" */ "./pageNumbers.js")).estimatePageNumbers;
}
