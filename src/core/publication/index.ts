/**
 * The publication: the master as the compilation the government receives (a document model,
 * plain data). src/docx writes it as a Word document.
 */
export { buildPublication, type PublicationInput, type RejectedLine } from "./build";
export { type MasterContent, NotAMasterError, publicationInput, publicationYear, readMasterContent } from "./fromMaster";
export { PUBLICATION_TEXT, tableSpan } from "./texts";
export type { Block, ContentsBlock, HeadingBlock, Orientation, ParagraphBlock, PublicationDocument, QuestionBlock, Section, TableBlock, TableColumn, TableRow } from "./types";
