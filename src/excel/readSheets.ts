import type { CellValue, SheetGrid } from "../core/grid";
import { jsonBytes, PAYLOAD_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES } from "./payload";
import type { ExcelRun } from "./run";

/*
 * Reading the open workbook within Excel on the web's 5 MB response limit:
 *   1. the sheet list (names and visibility);
 *   2. where each sheet's used values are: rows, columns, first row and column, no values;
 *   3. the values, in blocks of rows sized so that each sync's response stays under the budget,
 *      as many blocks per sync as fit, so a small workbook takes one sync for its values and a
 *      large one a sync per ~4 MB, never one per row.
 * Operations that need more than the grids (validation marks, the report sheet) send their own
 * loads along with these syncs.
 */

/** Queues the load of the sheet list (names and visibility): the first sync of a read. */
export function loadSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  return context.workbook.worksheets.load("items/name,items/visibility");
}

/** Queues the load of where every sheet's used values are, without the values: the second sync. */
export function loadUsedAreas(sheets: Excel.Worksheet[]): Excel.Range[] {
  return sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load("isNullObject,rowIndex,columnIndex,rowCount,columnCount"));
}

/**
 * Bytes per cell assumed for a sheet before any of its values have been seen: generous for the
 * report's text cells (the 2023 rows average about 180 bytes of JSON a cell) so the first sync
 * rarely overshoots; after that each sheet's own blocks tell.
 */
const FIRST_GUESS_BYTES_PER_CELL = 256;
/** What an empty cell costs at least: "", */
const LEAST_BYTES_PER_CELL = 3;
/** The result entry around each block's values. */
const BLOCK_BYTES = 100;

/** A block of one sheet's used area, 0-based within the sheet. */
interface Block {
  sheet: number;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: string }).code === "ResponsePayloadSizeLimitExceeded";
}

/** The part of `block` that fits in `cells` cells: whole, some rows, or (when not one row fits) part of one row. */
function fitting(block: Block, cells: number): Block {
  const rows = Math.floor(cells / block.columns);
  if (rows >= block.rows) return block;
  if (rows > 0) return { ...block, rows };
  return { ...block, rows: 1, columns: Math.max(1, Math.min(block.columns, cells)) };
}

/** What is left of `block` once `taken` (its start, from fitting) is read. */
function remainder(block: Block, taken: Block): Block[] {
  const rest: Block[] = [];
  if (taken.columns < block.columns) rest.push({ ...block, rows: 1, column: block.column + taken.columns, columns: block.columns - taken.columns });
  if (taken.rows < block.rows) rest.push({ ...block, row: block.row + taken.rows, rows: block.rows - taken.rows });
  return rest;
}

/** Takes from the front of `pending` what fits in one sync's response at the given rates. */
function planSync(pending: Block[], rate: (sheet: number) => number, budget: number): Block[] {
  const planned: Block[] = [];
  let left = budget;
  while (pending.length) {
    const next = pending[0];
    const cells = Math.floor((left - BLOCK_BYTES) / rate(next.sheet));
    // Beside other blocks, only whole rows; alone, whatever fits, so every sync makes progress.
    if (planned.length && cells < next.columns) break;
    const taken = fitting(next, cells);
    pending.splice(0, 1, ...remainder(next, taken));
    planned.push(taken);
    left -= BLOCK_BYTES + taken.rows * taken.columns * rate(next.sheet);
  }
  return planned;
}

export interface ReadOptions {
  /** Sheets whose values are not needed (they come back with no values). */
  skip?: (name: string) => boolean;
  /** Queued with the first sync of values (and again if that sync has to be repeated). */
  alongWithFirst?: () => void;
  /** Response budget per sync (for tests; PAYLOAD_BUDGET_BYTES otherwise). */
  budget?: number;
}

/**
 * After the used areas are loaded: every sheet's values as grids from A1, so row and column
 * numbers in findings are the sheet's own. Syncs as often as the budget requires; a sync whose
 * response Excel still refuses (values much longer than those seen so far) is split and sent again.
 */
export async function readUsedValues(context: Excel.RequestContext, sheets: Excel.Worksheet[], areas: Excel.Range[], options: ReadOptions = {}): Promise<SheetGrid[]> {
  const budget = options.budget ?? PAYLOAD_BUDGET_BYTES;
  const grids: CellValue[][][] = sheets.map(() => []);
  const pending: Block[] = [];
  sheets.forEach((sheet, i) => {
    const area = areas[i];
    if (area.isNullObject || options.skip?.(sheet.name)) return;
    for (let r = 0; r < area.rowCount; r++) grids[i][area.rowIndex + r] = new Array<CellValue>(area.columnIndex).fill(null);
    pending.push({ sheet: i, row: area.rowIndex, column: area.columnIndex, rows: area.rowCount, columns: area.columnCount });
  });

  // Bytes per cell: per sheet, from its latest blocks; for a sheet not yet seen, the most any sheet
  // has taken so far, else the first guess.
  const seen = new Map<number, number>();
  const rate = (sheet: number) => seen.get(sheet) ?? (seen.size ? Math.max(...seen.values()) : FIRST_GUESS_BYTES_PER_CELL);

  let first = true;
  while (pending.length || (first && options.alongWithFirst)) {
    const planned = planSync(pending, rate, budget);
    const loads = planned.map((block) => sheets[block.sheet].getRangeByIndexes(block.row, block.column, block.rows, block.columns).load("values"));
    if (first) options.alongWithFirst?.();
    try {
      // One sync per block of ~4 MB, never per row: Excel on the web refuses larger responses.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const cells = planned.reduce((n, b) => n + b.rows * b.columns, 0);
      if (!isResponseTooLarge(error) || cells <= 1) throw error;
      // Longer values than estimated. The refused response was over the limit, so these cells
      // take at least limit / cells bytes each: plan them again at twice that, or twice the old rate.
      const least = (2 * PAYLOAD_LIMIT_BYTES) / cells;
      const raised = new Map(planned.map((block) => [block.sheet, Math.max(least, 2 * rate(block.sheet))]));
      for (const [sheet, bytes] of raised) seen.set(sheet, bytes);
      pending.unshift(...planned);
      continue;
    }
    first = false;
    const latest = new Map<number, number>();
    planned.forEach((block, k) => {
      const values = loads[k].values as CellValue[][];
      const perCell = Math.max(LEAST_BYTES_PER_CELL, jsonBytes(values) / (block.rows * block.columns));
      latest.set(block.sheet, Math.max(latest.get(block.sheet) ?? 0, perCell));
      values.forEach((row, r) => row.forEach((value, c) => (grids[block.sheet][block.row + r][block.column + c] = value)));
    });
    for (const [sheet, bytes] of latest) seen.set(sheet, bytes);
  }
  return sheets.map((sheet, i) => ({ name: sheet.name, values: Array.from(grids[i], (row) => row ?? []), hidden: sheet.visibility !== "Visible" }));
}

/**
 * Every sheet of the open workbook as grids: two syncs to find the sheets and their used areas,
 * then one per ~4 MB of values (at least one).
 */
export async function readOpenWorkbook(run: ExcelRun): Promise<SheetGrid[]> {
  return run(async (context) => {
    const sheets = loadSheetList(context);
    await context.sync();
    const areas = loadUsedAreas(sheets.items);
    await context.sync();
    return readUsedValues(context, sheets.items, areas);
  });
}
