import { type CellRange, type CellValue, type Grid, cellAddress, parseRange, rangeAddress } from "../core/grid";
import { isValidSheetName } from "../core/sheetNames";
import { normalizeSnapshot, type WorkbookSnapshot } from "../core/snapshot";
import { RichApiError } from "./errors";
import { type CellModel, type ConditionalFormatModel, type HyperlinkModel, InvalidArgumentError, ItemAlreadyExistsError, newSheet, readGrid, type SheetModel, usedRange, writeCell } from "./memoryModel";
import { newFormatId } from "./memoryConditionalFormats";
import { ChangeEvents } from "./memoryEvents";
import { MemoryWorkbookProxy, type SelectionHandler } from "./memorySheets";
import { jsonBytes, OPERATION_BYTES, PAYLOAD_LIMIT_BYTES, RESULT_BYTES } from "./payload";

/**
 * An in-memory workbook behind the part of the Excel JavaScript API the add-in uses, as strict
 * as Excel on the web where it matters to the add-in:
 * - writes and loads are queued and happen at context.sync(); reading a property that was not
 *   loaded and synced throws; a failed sync delivers no loaded values;
 * - a sync whose request or response is over 5 MB fails with RequestPayloadSizeLimitExceeded or
 *   ResponsePayloadSizeLimitExceeded, as Excel on the web fails it (payload.ts says how bytes are
 *   counted, errors.ts where the codes come from); a read of more than 5,000,000 cells fails
 *   with RangeExceedsLimit;
 * - a value written to a cell not formatted as text is interpreted as Excel would ("=", "+",
 *   "-", "@" start formulas, "0046" is 46, "2023-12-31" a date; cellInput.ts);
 * - used ranges are the bounding box of the used cells, wherever it starts;
 * - sheet names follow Excel's rules, on add and on rename.
 * It counts syncs and bytes, so tests can hold the add-in to its round trips and limits, and it
 * lets the task pane run in a plain browser (npm run preview). Cells and the proxies' base are in
 * memoryModel.ts, the workbook and sheet proxies in memorySheets.ts, ranges in memoryRange.ts,
 * conditional formats in memoryConditionalFormats.ts.
 */

export type { CellModel, ConditionalFormatModel, HyperlinkModel, SheetModel };

/** One sync as it went over the wire: what was sent, what came back (or would have), and how it ended. */
export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  /** The error code when the sync failed. */
  failed?: string;
}

export class MemoryWorkbook {
  sheets: SheetModel[] = [];
  syncCount = 0;
  /** Largest number of queued operations sent in one sync. */
  largestBatch = 0;
  /** Largest request of any sync, in bytes (payload.ts), refused ones included. */
  largestRequestBytes = 0;
  /** Largest response of any sync, in bytes, refused ones included. */
  largestResponseBytes = 0;
  totalRequestBytes = 0;
  totalResponseBytes = 0;
  /** Every sync since the counters were last reset, in order. */
  syncs: SyncRecord[] = [];
  activeSheet: string | null = null;
  /** Called after every sync, so a view of the workbook can redraw. */
  listeners = new Set<() => void>();
  selection: { sheet: string; address: string } | null = null;
  /** Worksheet.onChanged: handlers and the events raised (memoryEvents.ts). */
  readonly events = new ChangeEvents();
  /** Handlers registered with workbook.onSelectionChanged (and synced). */
  selectionHandlers = new Set<SelectionHandler>();
  private nextId = 1;

  constructor(sheetNames: string[] = ["Blad1"]) {
    for (const name of sheetNames) this.addSheet(name);
  }

  /** Starts the counters afresh, e.g. after setting up a workbook. */
  resetCounters(): void {
    this.syncCount = this.largestBatch = this.largestRequestBytes = this.largestResponseBytes = this.totalRequestBytes = this.totalResponseBytes = 0;
    this.syncs = [];
  }

  recordSync(record: SyncRecord): void {
    this.syncCount++;
    this.syncs.push(record);
    this.largestBatch = Math.max(this.largestBatch, record.operations);
    this.largestRequestBytes = Math.max(this.largestRequestBytes, record.requestBytes);
    this.largestResponseBytes = Math.max(this.largestResponseBytes, record.responseBytes);
    this.totalRequestBytes += record.requestBytes;
    this.totalResponseBytes += record.responseBytes;
  }

  /**
   * Excel's rules for a sheet name (src/core/sheetNames.ts): 1–31 characters, none of : \ / ? * [ ],
   * no apostrophe first or last, not "History" (InvalidArgument); no other sheet of that name in
   * any case (ItemAlreadyExists, as Excel answers worksheets.add with a name in use).
   */
  checkSheetName(name: string, location: string, except?: SheetModel): void {
    if (typeof name !== "string" || !isValidSheetName(name)) throw new InvalidArgumentError(undefined, location);
    const other = this.findSheet(name);
    if (other && other !== except) throw new ItemAlreadyExistsError("A resource with the same name or identifier already exists.", location);
  }

  addSheet(name: string, location = "WorksheetCollection.add"): SheetModel {
    this.checkSheetName(name, location);
    const sheet = newSheet(this.nextId++, name);
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.checkSheetName(name, "Worksheet.name", sheet);
    const old = sheet.name.toLowerCase();
    if (this.activeSheet?.toLowerCase() === old) this.activeSheet = name;
    if (this.selection?.sheet.toLowerCase() === old) this.selection = { ...this.selection, sheet: name };
    sheet.name = name;
  }

  /** The name Excel gives a sheet added without one. */
  freeSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.findSheet(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Excel.run for this workbook. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new MemoryContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.queueLength) await context.sync();
    return result;
  };

  /**
   * A person selects a cell or range (clicks it in the grid): the sheet becomes active, and the
   * workbook's selection handlers are called, after this returns, as Excel calls them.
   */
  userSelect(sheetName: string, address: string): void {
    const sheet = this.findSheet(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    this.activeSheet = sheet.name;
    this.selection = { sheet: sheet.name, address: address.toUpperCase() };
    this.listeners.forEach((listener) => listener());
    this.selectionChanged();
  }

  /** Calls every registered selection handler once, asynchronously (a failing handler is Excel's to log, not the caller's). */
  selectionChanged(): void {
    const handlers = [...this.selectionHandlers];
    if (!handlers.length) return;
    setTimeout(() => {
      for (const handler of handlers) void Promise.resolve({ workbook: null, type: "WorkbookSelectionChanged" as const }).then(handler).catch(() => undefined);
    }, 0);
  }

  /**
   * Sets cell values directly (for tests and the preview's sample workbooks), as a user would type
   * or paste them: one onChanged event for the range, with details when it is one cell.
   */
  setValues(sheetName: string, topLeft: string, values: Grid): void {
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    const start = parseRange(topLeft);
    const before = this.cell(sheetName, topLeft)?.value ?? null;
    values.forEach((row, r) => row.forEach((value, c) => writeCell(sheet, start.firstRow + r, start.firstColumn + c, value)));
    this.raiseChanged(sheet, start.firstRow, start.firstColumn, values, before, false);
  }

  /** A user typing one value into one cell and pressing Enter. */
  typeInto(sheetName: string, address: string, value: CellValue): void {
    this.setValues(sheetName, address, [[value]]);
  }

  /** Sets cell values as text, as a user would after formatting the cells as Text ("@"). */
  setText(sheetName: string, topLeft: string, values: Grid): void {
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    const start = parseRange(topLeft);
    const before = this.cell(sheetName, topLeft)?.value ?? null;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const address = cellAddress(start.firstRow + r, start.firstColumn + c);
        sheet.cells.set(address, { value: null, ...sheet.cells.get(address), numberFormat: "@" });
        writeCell(sheet, start.firstRow + r, start.firstColumn + c, value);
      })
    );
    this.raiseChanged(sheet, start.firstRow, start.firstColumn, values, before, false);
  }

  /** One onChanged event for a block of values written at a position (nothing for an empty block). */
  raiseChanged(sheet: SheetModel, firstRow: number, firstColumn: number, values: Grid, before: CellValue, byAddin: boolean): void {
    const width = values.reduce((max, row) => Math.max(max, row.length), 0);
    if (!values.length || !width) return;
    const address = values.length === 1 && width === 1 ? cellAddress(firstRow, firstColumn) : rangeAddress(firstRow, firstColumn, firstRow + values.length - 1, firstColumn + width - 1);
    const after = sheet.cells.get(cellAddress(firstRow, firstColumn))?.value ?? null;
    this.events.raise(sheet, address, byAddin, { before, after });
  }

  /** Resolves once every onChanged event raised so far has been delivered and handled. */
  whenIdle(): Promise<void> {
    return this.events.whenIdle();
  }

  /** The sheet's values from A1 to the end of its used range (the way a person sees the sheet). */
  grid(sheetName: string): Grid {
    const sheet = this.findSheet(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const used = usedRange(sheet);
    if (!used) return [];
    return readGrid(sheet, { firstRow: 1, firstColumn: 1, lastRow: used.lastRow, lastColumn: used.lastColumn });
  }

  /** The bounding box of the sheet's used cells (values only, or formatted cells too). */
  usedRange(sheetName: string, valuesOnly = true): CellRange | null {
    return usedRange(this.sheet(sheetName), valuesOnly);
  }

  cell(sheetName: string, address: string): CellModel | undefined {
    return this.findSheet(sheetName)?.cells.get(address.toUpperCase());
  }

  /** Gives cells a format of their own, as a user would (for tests: formatting the add-in must leave alone). */
  setFormat(sheetName: string, range: string, format: { fill?: string; bold?: boolean; numberFormat?: string }): void {
    const sheet = this.sheet(sheetName);
    const r = parseRange(range);
    for (let row = r.firstRow; row <= r.lastRow; row++) {
      for (let column = r.firstColumn; column <= r.lastColumn; column++) {
        const address = cellAddress(row, column);
        sheet.cells.set(address, { value: null, ...sheet.cells.get(address), ...format });
      }
    }
  }

  /** Adds a conditional format directly, as a user would in Excel (at the top priority). */
  addConditionalFormat(sheetName: string, format: ConditionalFormatModel): void {
    this.sheet(sheetName).conditionalFormats.unshift({ id: newFormatId(), ...format });
  }

  /** The sheet's conditional formats in priority order, copies. */
  conditionalFormats(sheetName: string): ConditionalFormatModel[] {
    return this.sheet(sheetName).conditionalFormats.map(({ id: _id, ...format }) => ({ ...format }));
  }

  hyperlink(sheetName: string, address: string): HyperlinkModel | undefined {
    return this.cell(sheetName, address)?.hyperlink;
  }

  private sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  /** Charts on a sheet: type, source range and title. */
  charts(sheetName: string): SheetModel["charts"] {
    return this.findSheet(sheetName)?.charts ?? [];
  }

  /** What the sheet's page layout was given (ExcelApi 1.9), a copy. */
  pageLayout(sheetName: string): SheetModel["pageLayout"] {
    return { ...this.sheet(sheetName).pageLayout };
  }

  /** Row heights set on the sheet, in points, by 1-based row. */
  rowHeights(sheetName: string): Record<number, number> {
    return Object.fromEntries(this.sheet(sheetName).rowHeights);
  }

  hiddenColumns(sheetName: string): number[] {
    return [...(this.findSheet(sheetName)?.hiddenColumns ?? [])].sort((a, b) => a - b);
  }

  /** Addresses of cells that hold formulas, per sheet. */
  formulaCells(): string[] {
    return this.sheets.flatMap((s) => [...s.cells].filter(([, c]) => c.formula !== undefined).map(([a]) => `${s.name}!${a}`));
  }

  snapshot(): WorkbookSnapshot {
    return normalizeSnapshot({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        hidden: s.visibility !== "Visible",
        values: this.grid(s.name),
        validations: s.validations,
        tables: s.tables.map(({ name, range }) => ({ name, range })),
        frozenRows: s.frozenRows,
      })),
    });
  }
}

export class MemoryContext {
  private queue: (() => void)[] = [];
  private requestBytes = 0;
  private responseBytes = 0;
  private deliveries: (() => void)[] = [];
  readonly workbook: MemoryWorkbookProxy;
  constructor(readonly model: MemoryWorkbook) {
    this.workbook = new MemoryWorkbookProxy(this);
  }
  get queueLength(): number {
    return this.queue.length;
  }
  enqueue(operation: () => void, bytes = 0): void {
    this.queue.push(operation);
    this.requestBytes += OPERATION_BYTES + bytes;
  }
  respond(payload: unknown, deliver: () => void): void {
    this.responseBytes += RESULT_BYTES + jsonBytes(payload);
    this.deliveries.push(deliver);
  }
  /**
   * Sends the queue. A request over the limit is refused before anything runs. Otherwise the
   * operations run in order, up to the first that fails; a response over the limit is refused
   * after the operations ran (Excel on the web has done the work, it only cannot send the
   * answer: we assume writes stay written). Either way no loaded value reaches a proxy.
   */
  async sync(): Promise<void> {
    const queue = this.queue;
    const record: SyncRecord = { operations: queue.length, requestBytes: this.requestBytes, responseBytes: 0 };
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.deliveries = [];
    await Promise.resolve();
    try {
      if (record.requestBytes > PAYLOAD_LIMIT_BYTES) throw new RichApiError("RequestPayloadSizeLimitExceeded");
      for (const operation of queue) operation();
      record.responseBytes = this.responseBytes;
      if (record.responseBytes > PAYLOAD_LIMIT_BYTES) throw new RichApiError("ResponsePayloadSizeLimitExceeded");
      for (const deliver of this.deliveries) deliver();
    } catch (error) {
      record.failed = (error as { code?: string }).code ?? "Error";
      throw error;
    } finally {
      this.deliveries = [];
      this.model.recordSync(record);
      this.model.listeners.forEach((listener) => listener());
    }
  }
}
