/**
 * Master mode: the master workbook consolidation writes holds all 21 regions' rows, with lineage
 * columns and report sheets, and no information sheet. The same rules run on it, except those that
 * only make sense for one region's workbook (the information sheet, the workbook's region) and the
 * lineage columns, which are the master's own. The reader (src/core/read) tells a master from a
 * regional workbook and skips the report sheets.
 */
export { isMasterWorkbook } from "../read";
export { isLineageHeader } from "../sheets";
