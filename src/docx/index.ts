/**
 * Word documents: the one place that knows the `docx` library. The writer is browser-safe (bytes in
 * memory, no file system); the pane enters through browser.ts, which loads the page estimate lazily.
 */
export { type DocxOptions, publicationDocument, publicationDocx } from "./publication";
export { estimatePageNumbers } from "./pageNumbers";
