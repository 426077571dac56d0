import type ExcelJS from "exceljs";

/**
 * The fonts of the product's workbooks, shared by both writers. A font written without its name (only
 * "bold") is drawn in the reader's own default: a serif in LibreOffice; Excel's default is Calibri 11.
 */
export const HEADER_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11, bold: true };
export const TITLE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 14, bold: true };
