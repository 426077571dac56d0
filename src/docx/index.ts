/** Word documents: the one place that knows the `docx` library. Browser-safe: bytes in memory, no file system. */
export { type DocxOptions, publicationDocument, publicationDocx } from "./publication";
