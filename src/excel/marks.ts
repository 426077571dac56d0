import { cellAddress, parseRange, rangeAddress } from "../core/grid";
import type { Finding, Severity } from "../core/validation";
import { jsonBytes, RequestBudget } from "./payload";
import { loadSheetList } from "./readSheets";
import type { ExcelRun } from "./run";

/*
 * Marks on the cells of findings, as conditional formats (ExcelApi 1.6) rather than cell
 * formats: a conditional format is drawn over the cell, so the user's own fill, font and
 * borders are never written, and deleting the format brings back exactly what was there.
 *
 * Our formats are recognised by their rule formula, which is always true and names the
 * product. The next run looks for them on every sheet instead of remembering addresses: that
 * finds them after rows were inserted, a sheet was renamed, or a marked cell was copied
 * elsewhere, and needs nothing stored in the document. It takes three syncs after the sheet
 * list: the formats' types, the custom formats' formulas, then the changes (more than one sync
 * when there are so many that they would take the request over budget, see payload.ts).
 */

/** Always TRUE; recognisable as ours and no one else's. English function names, as Rule.formula uses. */
export const MARK_FORMULA = '=ISTEXT("Regionrapport")';

/** Excel's own "light red fill" and "light yellow fill" of its highlight rules. */
export const MARK_FILL: Readonly<Record<Severity, string>> = { fel: "#FFC7CE", varning: "#FFEB9C" };

/** One conditional format to add: a cell, or a run of cells down one column with the same severity. */
export interface Mark {
  sheet: string;
  range: string;
  severity: Severity;
}

/** A mark in the workbook, with the id Excel gave its conditional format (ExcelApi 1.6), so it can be deleted without looking for it. */
export interface PlacedMark extends Mark {
  id: string;
}

const markKey = (m: Mark) => `${m.sheet}\u0000${m.range}\u0000${m.severity}`;

export function isMarkFormula(formula: string | null | undefined): boolean {
  const normal = (text: string) => text.replace(/\s+/g, "").replace(/^=/, "").toUpperCase();
  return typeof formula === "string" && normal(formula) === normal(MARK_FORMULA);
}

/**
 * The marks for the findings: only findings with a sheet and a cell on a sheet that exists
 * (named as in the workbook); a cell with an error and a warning gets the error's colour.
 * Neighbouring cells down a column with the same severity share one format, so a column of
 * unrecognised goals is one rule in Excel's rule manager rather than hundreds.
 */
export function planMarks(findings: readonly Finding[], sheetNames: readonly string[]): Mark[] {
  const cellsBySheet = new Map<string, Map<string, { row: number; column: number; severity: Severity }>>();
  const ranges: Mark[] = [];
  for (const finding of findings) {
    // An accepted warning is not marked: the reviewer has checked it.
    if (finding.accepted) continue;
    const sheet = finding.sheet && sheetNames.find((name) => name.toLowerCase() === finding.sheet!.toLowerCase());
    if (!sheet || !finding.cell) continue;
    let r: ReturnType<typeof parseRange>;
    try {
      r = parseRange(finding.cell);
    } catch {
      continue;
    }
    if (r.firstRow !== r.lastRow || r.firstColumn !== r.lastColumn) {
      ranges.push({ sheet, range: rangeAddress(r.firstRow, r.firstColumn, r.lastRow, r.lastColumn), severity: finding.severity });
      continue;
    }
    const cells = cellsBySheet.get(sheet) ?? new Map();
    cellsBySheet.set(sheet, cells);
    const key = cellAddress(r.firstRow, r.firstColumn);
    const severity = cells.get(key)?.severity === "fel" ? "fel" : finding.severity;
    cells.set(key, { row: r.firstRow, column: r.firstColumn, severity });
  }
  const marks: Mark[] = [];
  for (const [sheet, cells] of cellsBySheet) {
    const sorted = [...cells.values()].sort((a, b) => a.column - b.column || a.row - b.row);
    let current: { first: (typeof sorted)[number]; last: (typeof sorted)[number] } | null = null;
    const flush = () => current && marks.push({ sheet, range: runAddress(current.first, current.last), severity: current.first.severity });
    for (const cell of sorted) {
      if (current && cell.column === current.last.column && cell.row === current.last.row + 1 && cell.severity === current.last.severity) current.last = cell;
      else {
        flush();
        current = { first: cell, last: cell };
      }
    }
    flush();
  }
  return [...marks, ...ranges];
}

function runAddress(first: { row: number; column: number }, last: { row: number; column: number }): string {
  return first.row === last.row ? cellAddress(first.row, first.column) : rangeAddress(first.row, first.column, last.row, last.column);
}

/** Queues the load of every sheet's conditional formats with their types (first of three syncs). */
export function loadConditionalFormats(sheets: Excel.Worksheet[]): Excel.ConditionalFormatCollection[] {
  return sheets.map((sheet) => sheet.getRange().conditionalFormats.load("items/type"));
}

export interface CustomRule {
  format: Excel.ConditionalFormat;
  rule: Excel.ConditionalFormatRule;
}

/** After that sync: queues the load of every custom format's formula (second sync). */
export function loadCustomRules(collections: Excel.ConditionalFormatCollection[]): CustomRule[] {
  return collections.flatMap((collection) =>
    collection.items.filter((format) => format.type === "Custom").map((format) => ({ format, rule: format.custom.rule.load("formula") }))
  );
}

/** Marks queued for adding; their ids can be read once the sync that adds them is done. */
export interface QueuedMarks {
  placed(): PlacedMark[];
}

/** Queues adding marks, each with the load of its new format's id (the id comes back with the sync). */
async function queueAdd(worksheets: Excel.WorksheetCollection, marks: readonly Mark[], budget: RequestBudget, ids = true): Promise<QueuedMarks> {
  const sheets = new Map<string, Excel.Worksheet>();
  const added: { mark: Mark; format: Excel.ConditionalFormat }[] = [];
  for (const mark of marks) {
    // getRange, add, the rule's formula, the fill, the id's load: five calls, the address, formula and colour as data.
    await budget.spend(jsonBytes(mark.range) + jsonBytes(MARK_FORMULA) + jsonBytes(MARK_FILL[mark.severity]), ids ? 5 : 4);
    const sheet = sheets.get(mark.sheet) ?? worksheets.getItem(mark.sheet);
    sheets.set(mark.sheet, sheet);
    const format = sheet.getRange(mark.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = MARK_FORMULA;
    format.custom.format.fill.color = MARK_FILL[mark.severity];
    if (ids) format.load("id");
    added.push({ mark, format });
  }
  return { placed: () => (ids ? added.map(({ mark, format }) => ({ ...mark, id: format.id })) : []) };
}

/**
 * After that sync: queues deleting our old marks, and only ours, and adding the new ones (third
 * sync), syncing on the way whenever the request would go over budget. Returns how many were deleted
 * and the marks added (read their ids after the last sync; with `ids` false none are loaded, for a run
 * that nothing continues from, such as the ribbon's).
 */
export async function replaceMarks(worksheets: Excel.WorksheetCollection, rules: CustomRule[], marks: readonly Mark[], budget: RequestBudget, ids = true): Promise<{ deleted: number; added: QueuedMarks }> {
  let deleted = 0;
  for (const { format, rule } of rules) {
    if (!isMarkFormula(rule.formula)) continue;
    await budget.spend(0);
    format.delete();
    deleted++;
  }
  return { deleted, added: await queueAdd(worksheets, marks, budget, ids) };
}

/** Marks the findings' cells, removing the previous run's marks: four syncs, more only for a great many marks. */
export async function markFindings(run: ExcelRun, findings: readonly Finding[]): Promise<PlacedMark[]> {
  return run(async (context) => {
    const sheets = loadSheetList(context);
    await context.sync();
    const formats = loadConditionalFormats(sheets.items);
    await context.sync();
    const rules = loadCustomRules(formats);
    await context.sync();
    const { added } = await replaceMarks(context.workbook.worksheets, rules, planMarks(findings, sheets.items.map((s) => s.name)), new RequestBudget(context));
    await context.sync();
    return added.placed();
  });
}

/**
 * "Ta bort markeringar": deletes the product's marks, and only those, on every sheet, wherever they
 * are now (found by their formula, as each run finds them). Four syncs; returns how many were removed.
 */
export async function removeMarks(run: ExcelRun): Promise<number> {
  return run(async (context) => {
    const sheets = loadSheetList(context);
    await context.sync();
    const formats = loadConditionalFormats(sheets.items);
    await context.sync();
    const rules = loadCustomRules(formats);
    await context.sync();
    const { deleted } = await replaceMarks(context.workbook.worksheets, rules, [], new RequestBudget(context));
    await context.sync();
    return deleted;
  });
}

/**
 * Brings the marks from `current` (placed earlier, ids known) to those `findings` need, in one
 * sync: marks that stay are not touched, the others are deleted by id, new ones added. No sync at
 * all when nothing changes. A mark someone deleted by hand makes the sync fail (ItemNotFound): the
 * caller then does a full run, which finds the marks by their formula.
 */
export async function updateMarks(run: ExcelRun, current: readonly PlacedMark[], findings: readonly Finding[], sheetNames: readonly string[]): Promise<{ marks: PlacedMark[]; changed: number }> {
  const wanted = planMarks(findings, sheetNames);
  const wantedKeys = new Set(wanted.map(markKey));
  const currentKeys = new Set(current.map(markKey));
  const kept = current.filter((m) => wantedKeys.has(markKey(m)));
  const gone = current.filter((m) => !wantedKeys.has(markKey(m)));
  const fresh = wanted.filter((m) => !currentKeys.has(markKey(m)));
  if (!gone.length && !fresh.length) return { marks: [...current], changed: 0 };
  return run(async (context) => {
    const budget = new RequestBudget(context);
    const worksheets = context.workbook.worksheets;
    for (const mark of gone) {
      await budget.spend(jsonBytes(mark.range) + jsonBytes(mark.id), 4);
      worksheets.getItem(mark.sheet).getRange(mark.range).conditionalFormats.getItem(mark.id).delete();
    }
    const added = await queueAdd(worksheets, fresh, budget);
    await context.sync();
    return { marks: [...kept, ...added.placed()], changed: gone.length + fresh.length };
  });
}
