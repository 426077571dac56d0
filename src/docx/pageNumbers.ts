/**
 * The page estimate for the contents' page numbers (docx/layout lays the pages out as Word does).
 * A module of its own because it is large (about 1.7 MB): the CLI imports it, the pane loads it
 * only when asked for (src/taskpane/publish.ts).
 */
export { estimatePageNumbers } from "docx/layout";
