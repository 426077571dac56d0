import { type CellValue, columnLetter, type Grid, rangeAddress, rectangular } from "../core/grid";
import { cellHeading, countFindings, type Finding, findingsToGrid, type Language, REPORT_SHEET } from "../core/validation";
import { jsonBytes, RequestBudget } from "./payload";
import { type ExcelRun, POINTS_PER_CHARACTER } from "./run";
import { chunkRows, numberFormatsFor } from "./writeSpec";

/*
 * The "Valideringsrapport" sheet: a title with the time and the counts, a header row, one row
 * per finding, and a link from each finding's Cell column to its cell. Text stays text ("@"),
 * so a message or a sheet name can never turn into a formula.
 */

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const WIDEST_COLUMN = 80;
const NARROWEST_COLUMN = 6;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "Validering 2026-11-26 14:03: 3 fel, 5 varningar" (", 1 godkänd varning" when there are any), local time. */
export function reportTitle(findings: readonly Finding[], now: Date, language: Language = "sv"): string {
  const counts = countFindings(findings);
  const accepted = findings.filter((f) => f.accepted).length;
  const when = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  if (language === "en") {
    const n = (k: number, one: string) => `${k} ${one}${k === 1 ? "" : "s"}`;
    return `Validation ${when}: ${n(counts.fel, "error")}, ${n(counts.varning, "warning")}${accepted ? `, ${n(accepted, "accepted warning")}` : ""}`;
  }
  const acceptedText = accepted ? `, ${accepted} ${accepted === 1 ? "godkänd varning" : "godkända varningar"}` : "";
  return `Validering ${when}: ${counts.fel} fel, ${counts.varning} ${counts.varning === 1 ? "varning" : "varningar"}${acceptedText}`;
}

/** A reference Excel follows from a link: the sheet name always quoted, quotes in it doubled. */
export function cellReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** The sheet's values: the title row, then the findings as findingsToGrid gives them (accepted ones with their reason). */
export function reportValues(findings: readonly Finding[], now: Date, language: Language = "sv"): Grid {
  const grid = findingsToGrid(findings, { language });
  return rectangular([[reportTitle(findings, now, language)], ...grid]).map((row) => row.map((v) => v ?? ""));
}

/** Characters per column: the longest header or value, within limits; the title row does not count. */
function columnWidths(values: Grid): number[] {
  const widths = values[HEADER_ROW - 1].map(() => NARROWEST_COLUMN);
  for (const row of values.slice(HEADER_ROW - 1)) {
    row.forEach((value: CellValue, c) => (widths[c] = Math.max(widths[c], String(value ?? "").length + 2)));
  }
  return widths;
}

/**
 * Queues writing the report sheet, replacing `existing` (the current report sheet, if any): the
 * old sheet is renamed aside, the new one added, the old deleted, so the workbook always keeps
 * a visible sheet. Syncs only when the request would go over budget; callers sync at the end.
 */
export async function queueReport(context: Excel.RequestContext, findings: readonly Finding[], existing: Excel.Worksheet | undefined, now: Date, budget: RequestBudget, language: Language = "sv"): Promise<void> {
  const worksheets = context.workbook.worksheets;
  await budget.spend(jsonBytes(REPORT_SHEET) * 2, 3);
  if (existing) existing.name = `~${REPORT_SHEET}`;
  const sheet = worksheets.add(REPORT_SHEET);
  existing?.delete();

  const values = reportValues(findings, now, language);
  const width = values[0].length;
  for (const chunk of chunkRows(values)) {
    const formats = numberFormatsFor(chunk.rows);
    await budget.spend(jsonBytes(chunk.rows) + jsonBytes(formats), 3);
    const range = sheet.getRange(rangeAddress(chunk.start + 1, 1, chunk.start + chunk.rows.length, width));
    range.numberFormat = formats;
    range.values = chunk.rows;
  }
  await budget.spend(0, 2);
  sheet.getRange(rangeAddress(1, 1, values.length, width)).format.verticalAlignment = "Top";

  for (const [c, characters] of columnWidths(values).entries()) {
    await budget.spend(0, 4);
    const column = columnLetter(c + 1);
    sheet.getRange(`${column}:${column}`).format.columnWidth = Math.round(Math.min(characters, WIDEST_COLUMN) * POINTS_PER_CHARACTER);
    if (characters > WIDEST_COLUMN && values.length > HEADER_ROW) sheet.getRange(rangeAddress(HEADER_ROW + 1, c + 1, values.length, c + 1)).format.wrapText = true;
  }
  await budget.spend(0, 6);
  const title = sheet.getRange(rangeAddress(TITLE_ROW, 1, TITLE_ROW, width)).format.font;
  title.bold = true;
  title.size = 14;
  sheet.getRange(rangeAddress(HEADER_ROW, 1, HEADER_ROW, width)).format.font.bold = true;
  sheet.freezePanes.freezeRows(HEADER_ROW);

  const cellColumn = values[HEADER_ROW - 1].indexOf(cellHeading(language)) + 1;
  for (const [i, finding] of findings.entries()) {
    if (!finding.sheet || !finding.cell || !cellColumn) continue;
    const link = { documentReference: cellReference(finding.sheet, finding.cell), textToDisplay: finding.cell };
    await budget.spend(jsonBytes(link), 2);
    sheet.getRange(rangeAddress(HEADER_ROW + 1 + i, cellColumn, HEADER_ROW + 1 + i, cellColumn)).hyperlink = link;
  }
  sheet.activate();
}

/** The current report sheet among the loaded sheets (Excel's sheet names ignore case). */
export function findReportSheet(sheets: Excel.Worksheet[]): Excel.Worksheet | undefined {
  return sheets.find((sheet) => sheet.name.toLowerCase() === REPORT_SHEET.toLowerCase());
}

/** Writes or replaces the report sheet and activates it: two syncs, plus one per ~4 MB of findings. */
export async function writeValidationReport(run: ExcelRun, findings: readonly Finding[], now = new Date(), language: Language = "sv"): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    await queueReport(context, findings, findReportSheet(sheets.items), now, new RequestBudget(context), language);
    await context.sync();
  });
}
