import { type CellValue, parseRange, type SheetGrid } from "../core/grid";
import { isReportSheet } from "../core/sheets";
import { defaultTaxonomy, type Language, type ReferenceMemo, referenceMemo, type ValidationResult, validateWorkbook } from "../core/validation";
import { type PlacedMark, updateMarks } from "./marks";
import type { ExcelRun } from "./run";

/*
 * Validation as you type (Worksheet.onChanged, ExcelApi 1.7). After a full validation the session
 * keeps the grids it read and the marks it placed (with their ids). A change batch (the events
 * Excel delivers for one edit, or those that arrived while the previous batch was worked on):
 *   - takes the new values from the events themselves when Excel gives them (one cell changed:
 *     WorksheetChangedEventArgs.details, ExcelApi 1.9), else reads exactly the changed cells (one sync);
 *   - validates the cached workbook again in memory (the rows that changed, and whatever depends on
 *     them, such as a duplicate elsewhere), with the goal references recognised so far;
 *   - brings the marks up to date in one sync: the marks that stay are not touched, the others are
 *     deleted by id, new ones added (no sync when no mark changes).
 * So typing into a cell costs at most one round trip, a paste at most two. What the cache cannot
 * follow (rows or columns inserted or deleted, a sheet it does not know, a mark deleted by hand, a
 * paste of many thousands of cells) is handed back as "stale": the caller then runs a full
 * validation. Changes on the product's own sheets are ignored. The stamp is not rewritten: only a
 * full run stamps, so a workbook edited since reads "changed" until the next full run.
 *
 * Handlers are registered once per sheet and stay for the page's life; stopping only makes them
 * ignore events (removing a handler needs the context it was added with, which Excel.run does not
 * keep: EventHandlerResult.remove with Excel.run(result.context, …)).
 */

export interface LiveSession {
  grids: SheetGrid[];
  marks: PlacedMark[];
  /** Worksheet id → name. */
  sheetIds: Map<string, string>;
  language: Language;
}

export interface ChangedCells {
  sheet: string;
  address: string;
}

export interface LiveListener {
  /** A change batch was validated: the new result and the cells that changed. */
  update(result: ValidationResult, changed: ChangedCells[]): void;
  /** The cache cannot follow the change: run a full validation. */
  stale(reason: StaleReason): void;
  error(error: unknown): void;
}

export type StaleReason = "structure" | "unknown-sheet" | "too-large" | "marks";

/** A paste larger than this is left to a full run (which reads within the payload limits). */
const MOST_CELLS_READ = 20_000;

interface ChangedEvent {
  worksheetId: string;
  address: string;
  changeType: string;
  details?: { valueAfter: unknown };
}

function cellCount(address: string): number {
  const r = parseRange(address);
  return (r.lastRow - r.firstRow + 1) * (r.lastColumn - r.firstColumn + 1);
}

/** The event's new value when Excel gives it (one cell); undefined otherwise. */
function detailValue(event: ChangedEvent): { value: CellValue } | undefined {
  if (cellCount(event.address) !== 1) return undefined;
  try {
    const details = event.details;
    if (!details || !("valueAfter" in details)) return undefined;
    const value = details.valueAfter as CellValue;
    return { value: value === undefined ? null : value };
  } catch {
    // Office.js throws rather than answer when the property is not there.
    return undefined;
  }
}

function writeInto(grid: SheetGrid, address: string, values: CellValue[][]): void {
  const r = parseRange(address);
  values.forEach((row, i) => {
    const line = (grid.values[r.firstRow - 1 + i] ??= []);
    for (let k = 0; k < r.firstRow - 1 + i; k++) grid.values[k] ??= [];
    row.forEach((value, j) => {
      const column = r.firstColumn - 1 + j;
      while (line.length < column) line.push(null);
      line[column] = value;
    });
  });
}

export class LiveValidation {
  private registered = new Set<string>();
  private enabled = false;
  private queue: ChangedEvent[] = [];
  private draining: Promise<void> | null = null;
  private session: LiveSession | null = null;
  private listener: LiveListener | null = null;
  /** Mål cells recognised once per text for the session: shared with the full runs. */
  readonly references: ReferenceMemo = referenceMemo(defaultTaxonomy());

  constructor(private run: ExcelRun) {}

  get active(): boolean {
    return this.enabled;
  }

  /** After every full validation: what the next change batch starts from. */
  setSession(session: LiveSession): void {
    this.session = session;
  }

  /** Follows changes from now on: registers the handler on every sheet not yet watched (one sync; none if all are). */
  async start(listener: LiveListener): Promise<void> {
    this.listener = listener;
    this.enabled = true;
    const session = this.session;
    if (!session) return;
    const fresh = [...session.sheetIds].filter(([id]) => !this.registered.has(id));
    if (!fresh.length) return;
    await this.run(async (context) => {
      for (const [, name] of fresh) context.workbook.worksheets.getItem(name).onChanged.add(this.onChanged);
      await context.sync();
    });
    for (const [id] of fresh) this.registered.add(id);
  }

  stop(): void {
    this.enabled = false;
    this.queue = [];
  }

  /** Resolves when the batches received so far are done (tests, and the pane before a full run). */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private onChanged = async (event: ChangedEvent): Promise<void> => {
    if (!this.enabled) return;
    this.queue.push(event);
    if (!this.draining) {
      this.draining = this.drain().finally(() => (this.draining = null));
    }
    await this.draining;
  };

  private async drain(): Promise<void> {
    while (this.queue.length && this.enabled) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.process(batch);
      } catch (error) {
        this.listener?.error(error);
      }
    }
  }

  private async process(batch: ChangedEvent[]): Promise<void> {
    const session = this.session;
    const listener = this.listener;
    if (!session || !listener) return;
    const changes: (ChangedCells & { given?: { value: CellValue } })[] = [];
    for (const event of batch) {
      const sheet = session.sheetIds.get(event.worksheetId);
      if (sheet === undefined || !session.grids.some((g) => g.name === sheet)) return listener.stale("unknown-sheet");
      if (isReportSheet(sheet)) continue;
      if (event.changeType !== "RangeEdited") return listener.stale("structure");
      changes.push({ sheet, address: event.address, given: detailValue(event) });
    }
    if (!changes.length) return;

    const toRead = changes.filter((c) => !c.given);
    if (toRead.reduce((n, c) => n + cellCount(c.address), 0) > MOST_CELLS_READ) return listener.stale("too-large");
    const read = toRead.length
      ? await this.run(async (context) => {
          const loads = toRead.map((c) => context.workbook.worksheets.getItem(c.sheet).getRange(c.address).load("values"));
          await context.sync();
          return loads.map((l) => l.values as CellValue[][]);
        })
      : [];
    for (const c of changes) {
      const grid = session.grids.find((g) => g.name === c.sheet)!;
      writeInto(grid, c.address, c.given ? [[c.given.value]] : read[toRead.indexOf(c)]);
    }

    const result = validateWorkbook(session.grids, { language: session.language, references: this.references });
    try {
      const { marks } = await updateMarks(this.run, session.marks, result.findings, [...session.sheetIds.values()]);
      session.marks = marks;
    } catch (error) {
      if ((error as { code?: string }).code === "ItemNotFound") return listener.stale("marks");
      throw error;
    }
    listener.update(result, changes.map(({ sheet, address }) => ({ sheet, address })));
  }
}
