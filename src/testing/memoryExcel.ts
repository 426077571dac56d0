import { type Grid, cellAddress, parseRange, rangeAddress } from "../core/grid";
import { normalizeSnapshot, type WorkbookSnapshot } from "../core/snapshot";
import { ConditionalFormatCollectionProxy } from "./memoryConditionalFormats";
import {
  type CellModel,
  type ConditionalFormatModel,
  type HyperlinkModel,
  ItemNotFoundError,
  Loadable,
  type LoadOption,
  loadNames,
  newSheet,
  overlaps,
  PropertyNotLoadedError,
  quoteSheet,
  readGrid,
  type SheetModel,
  usedRange,
  writeCell,
} from "./memoryModel";

/**
 * An in-memory workbook behind the part of the Excel JavaScript API the add-in uses, with
 * the same batching rules: writes and loads are queued and happen at context.sync();
 * reading a property that was not loaded and synced throws, as in Excel. It counts syncs,
 * so tests can hold the add-in to a fixed number of round trips, and it lets the task pane
 * run in a plain browser (npm run preview). The plain data and the proxies' base are in
 * memoryModel.ts, conditional formats in memoryConditionalFormats.ts.
 */

export type { CellModel, ConditionalFormatModel, HyperlinkModel, SheetModel };

export class MemoryWorkbook {
  sheets: SheetModel[] = [];
  syncCount = 0;
  /** Largest number of queued operations sent in one sync, a stand-in for request size. */
  largestBatch = 0;
  /** Largest request sent in one sync, in bytes of values and formats (Excel on the web stops at 5 MB). */
  largestRequestBytes = 0;
  activeSheet: string | null = null;
  /** Called after every sync, so a view of the workbook can redraw. */
  listeners = new Set<() => void>();
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;

  constructor(sheetNames: string[] = ["Blad1"]) {
    for (const name of sheetNames) this.addSheet(name);
  }

  addSheet(name: string): SheetModel {
    if (this.findSheet(name)) throw new Error(`A sheet named ${name} already exists`);
    const sheet = newSheet(this.nextId++, name);
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    return sheet;
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

  /** Sets cell values directly (for tests and the preview's sample workbooks), as a user would type them. */
  setValues(sheetName: string, topLeft: string, values: Grid): void {
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    const start = parseRange(topLeft);
    values.forEach((row, r) => row.forEach((value, c) => writeCell(sheet, start.firstRow + r, start.firstColumn + c, value)));
  }

  grid(sheetName: string): Grid {
    const sheet = this.findSheet(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const used = usedRange(sheet);
    if (!used) return [];
    return readGrid(sheet, { firstRow: 1, firstColumn: 1, lastRow: used.lastRow, lastColumn: used.lastColumn });
  }

  cell(sheetName: string, address: string): CellModel | undefined {
    return this.findSheet(sheetName)?.cells.get(address.toUpperCase());
  }

  /** Gives cells a format of their own, as a user would (for tests: formatting the add-in must leave alone). */
  setFormat(sheetName: string, range: string, format: { fill?: string; bold?: boolean }): void {
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
    this.sheet(sheetName).conditionalFormats.unshift({ ...format });
  }

  /** The sheet's conditional formats in priority order, copies. */
  conditionalFormats(sheetName: string): ConditionalFormatModel[] {
    return this.sheet(sheetName).conditionalFormats.map((format) => ({ ...format }));
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
  private queueBytes = 0;
  readonly workbook: MemoryWorkbookProxy;
  constructor(readonly model: MemoryWorkbook) {
    this.workbook = new MemoryWorkbookProxy(this);
  }
  get queueLength(): number {
    return this.queue.length;
  }
  enqueue(operation: () => void, bytes = 0): void {
    this.queue.push(operation);
    this.queueBytes += bytes;
  }
  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.model.syncCount++;
    this.model.largestBatch = Math.max(this.model.largestBatch, queue.length);
    this.model.largestRequestBytes = Math.max(this.model.largestRequestBytes, this.queueBytes);
    this.queueBytes = 0;
    await Promise.resolve();
    try {
      for (const operation of queue) operation();
    } finally {
      this.model.listeners.forEach((listener) => listener());
    }
  }
}

class MemoryWorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  constructor(private ctx: MemoryContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
  }
  /** The selection as it is when the batch runs: on the active sheet, A1 when nothing was selected there. */
  private selectionNow(): { sheet: string; address: string } {
    const model = this.ctx.model;
    const active = model.activeSheet ?? "";
    return model.selection && model.selection.sheet.toLowerCase() === active.toLowerCase() ? model.selection : { sheet: active, address: "A1" };
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.ctx.model.findSheet(this.selectionNow().sheet), () => this.selectionNow().address);
  }
  /** ExcelApi 1.7: the first cell of the selection. */
  getActiveCell(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.ctx.model.findSheet(this.selectionNow().sheet), () => this.selectionNow().address.split(":")[0]);
  }
}

class WorksheetCollectionProxy extends Loadable<MemoryContext> {
  private itemsList: WorksheetProxy[] | null = null;
  load(properties?: LoadOption): this {
    const names = loadNames(properties, ["name"]);
    this.ctx.enqueue(() => {
      this.itemsList = this.ctx.model.sheets.map((s) => {
        const proxy = new WorksheetProxy(this.ctx, () => this.ctx.model.sheets.find((x) => x.id === s.id));
        proxy.setLoaded(names);
        return proxy;
      });
    });
    return this;
  }
  get items(): WorksheetProxy[] {
    if (!this.itemsList) throw new PropertyNotLoadedError("items");
    return this.itemsList;
  }
  getItem(name: string): WorksheetProxy {
    const find = this.bindByName(name);
    return new WorksheetProxy(this.ctx, () => {
      const sheet = find();
      if (!sheet) throw new ItemNotFoundError(`The requested resource doesn't exist: ${name}`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this.bindByName(name), true);
  }
  /** Like Office.js, a proxy stays bound to the sheet it first found, even after a rename. */
  private bindByName(name: string): () => SheetModel | undefined {
    let id: number | undefined;
    return () => {
      if (id === undefined) id = this.ctx.model.findSheet(name)?.id;
      return this.ctx.model.sheets.find((s) => s.id === id);
    };
  }
  getActiveWorksheet(): WorksheetProxy {
    return this.getItem(this.ctx.model.activeSheet ?? "");
  }
  add(name: string): WorksheetProxy {
    let id = 0;
    this.ctx.enqueue(() => {
      id = this.ctx.model.addSheet(name).id;
    });
    return new WorksheetProxy(this.ctx, () => this.ctx.model.sheets.find((s) => s.id === id));
  }
}

export class WorksheetProxy extends Loadable<MemoryContext> {
  readonly tables: TableCollectionProxy;
  readonly freezePanes: { freezeRows: (count: number) => void; unfreeze: () => void };
  readonly charts: { add: (type: string, source: RangeProxy, seriesBy?: string) => { title: { text: string } } };
  constructor(
    ctx: MemoryContext,
    readonly resolve: () => SheetModel | undefined,
    private orNull = false
  ) {
    super(ctx);
    this.tables = new TableCollectionProxy(ctx, this);
    this.charts = {
      add: (type, source, seriesBy = "Auto") => {
        const chart: SheetModel["charts"][number] = { type, range: "", seriesBy };
        ctx.enqueue(() => {
          chart.range = source.address();
          this.sheet().charts.push(chart);
        });
        return {
          title: {
            set text(value: string) {
              ctx.enqueue(() => (chart.title = value));
            },
          } as { text: string },
        };
      },
    };
    this.freezePanes = {
      freezeRows: (count) => ctx.enqueue(() => (this.sheet().frozenRows = count)),
      unfreeze: () => ctx.enqueue(() => (this.sheet().frozenRows = 0)),
    };
  }
  sheet(): SheetModel {
    const sheet = this.resolve();
    if (!sheet) throw new ItemNotFoundError("The requested worksheet doesn't exist");
    return sheet;
  }
  protected defaultProperties(): string[] {
    return ["name", "visibility", "isNullObject"];
  }
  protected readNow(name: string): unknown {
    if (name === "isNullObject") return !this.resolve();
    if (this.orNull && !this.resolve()) return undefined;
    const sheet = this.sheet();
    if (name === "name") return sheet.name;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.ctx.model.sheets.indexOf(sheet);
    return super.readNow(name);
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.ctx.enqueue(() => (this.sheet().name = value));
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  set visibility(value: string) {
    this.ctx.enqueue(() => (this.sheet().visibility = value as SheetModel["visibility"]));
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this.resolve, address ?? "A1:XFD1048576");
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, this.resolve, () => {
      const used = usedRange(this.sheet());
      return used ? rangeAddress(1, 1, used.lastRow, used.lastColumn) : null;
    });
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.model.activeSheet = this.sheet().name));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (this.ctx.model.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) throw new Error("A workbook must contain at least one visible worksheet");
      this.ctx.model.sheets.splice(this.ctx.model.sheets.indexOf(sheet), 1);
    });
  }
}

class TableCollectionProxy extends Loadable<MemoryContext> {
  private itemsList: { name: string }[] | null = null;
  constructor(
    ctx: MemoryContext,
    private worksheet: WorksheetProxy
  ) {
    super(ctx);
  }
  load(): this {
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.resolve();
      this.itemsList = (sheet?.tables ?? []).map((t) => new TableProxy(this.ctx, this.worksheet, t.name, true));
    });
    return this;
  }
  get items(): { name: string }[] {
    if (!this.itemsList) throw new PropertyNotLoadedError("items");
    return this.itemsList;
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    if (!hasHeaders) throw new Error("The in-memory workbook only supports tables with headers");
    const proxy = new TableProxy(this.ctx, this.worksheet, "");
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.sheet();
      const all = this.ctx.model.sheets.flatMap((s) => s.tables);
      const name = `Table${all.length + 1}`;
      sheet.tables.push({ name, range: address.replace(/^.*!/, "") });
      proxy.tableName = name;
    });
    return proxy;
  }
}

class TableProxy {
  constructor(
    private ctx: MemoryContext,
    private worksheet: WorksheetProxy,
    public tableName: string,
    loaded = false
  ) {
    if (loaded) this.loadedName = tableName;
  }
  private loadedName?: string;
  private model() {
    const table = this.worksheet.sheet().tables.find((t) => t.name === this.tableName);
    if (!table) throw new ItemNotFoundError(`No table ${this.tableName}`);
    return table;
  }
  get name(): string {
    if (this.loadedName === undefined) throw new PropertyNotLoadedError("name");
    return this.loadedName;
  }
  set name(value: string) {
    this.ctx.enqueue(() => {
      if (this.ctx.model.sheets.some((s) => s.tables.some((t) => t.name.toLowerCase() === value.toLowerCase()))) throw new Error(`A table named ${value} already exists`);
      this.model().name = value;
      this.tableName = value;
    });
  }
  set style(value: string) {
    this.ctx.enqueue(() => (this.model().style = value));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.sheet();
      sheet.tables = sheet.tables.filter((t) => t.name !== this.tableName);
    });
  }
}

type AddressSource = string | (() => string | null);

export class RangeProxy extends Loadable<MemoryContext> {
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  readonly dataValidation: { rule: unknown; clear: () => void };
  constructor(
    ctx: MemoryContext,
    private resolveSheet: () => SheetModel | undefined,
    private addressSource: AddressSource
  ) {
    super(ctx);
    this.format = new RangeFormatProxy(ctx, this);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(ctx, this);
    const range = this;
    this.dataValidation = {
      set rule(rule: unknown) {
        const source = (rule as { list?: { source?: string } }).list?.source;
        if (!source) throw new Error("The in-memory workbook supports list validation rules only");
        ctx.enqueue(() => {
          const sheet = range.sheet();
          const address = range.address();
          sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, address));
          sheet.validations.push({ range: address, source });
        });
      },
      get rule(): unknown {
        throw new PropertyNotLoadedError("rule");
      },
      clear: () =>
        ctx.enqueue(() => {
          const sheet = range.sheet();
          sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, range.address()));
        }),
    };
  }
  sheet(): SheetModel {
    const sheet = this.resolveSheet();
    if (!sheet) throw new ItemNotFoundError("The requested worksheet doesn't exist");
    return sheet;
  }
  address(): string {
    const address = typeof this.addressSource === "string" ? this.addressSource : this.addressSource();
    if (!address) throw new ItemNotFoundError("The range is empty");
    return address.replace(/^.*!/, "");
  }
  protected defaultProperties(): string[] {
    return ["values", "address"];
  }
  protected readNow(name: string): unknown {
    if (name === "isNullObject") return typeof this.addressSource === "function" && !this.addressSource();
    if (typeof this.addressSource === "function" && !this.addressSource()) return undefined;
    const r = parseRange(this.address());
    if (name === "values" || name === "text") return readGrid(this.sheet(), r);
    if (name === "address") return `${quoteSheet(this.sheet().name)}!${this.address()}`;
    if (name === "rowCount") return r.lastRow - r.firstRow + 1;
    if (name === "columnCount") return r.lastColumn - r.firstColumn + 1;
    if (name === "rowIndex") return r.firstRow - 1;
    if (name === "columnIndex") return r.firstColumn - 1;
    if (name === "hyperlink") return r.firstRow === r.lastRow && r.firstColumn === r.lastColumn ? this.sheet().cells.get(this.address())?.hyperlink ?? null : null;
    return super.readNow(name);
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get values(): Grid {
    return this.loaded("values");
  }
  set columnHidden(value: boolean) {
    this.ctx.enqueue(() => {
      const r = parseRange(this.address());
      for (let c = r.firstColumn; c <= r.lastColumn; c++) {
        if (value) this.sheet().hiddenColumns.add(c);
        else this.sheet().hiddenColumns.delete(c);
      }
    });
  }
  set values(values: Grid) {
    const bytes = JSON.stringify(values).length;
    this.ctx.enqueue(() => {
      const r = parseRange(this.address());
      const height = r.lastRow - r.firstRow + 1;
      const width = r.lastColumn - r.firstColumn + 1;
      if (values.length !== height || values.some((row) => row.length !== width)) throw new Error(`The number of rows or columns in the input array doesn't match the size or dimensions of the range ${this.address()}`);
      values.forEach((row, i) => row.forEach((value, j) => writeCell(this.sheet(), r.firstRow + i, r.firstColumn + j, value)));
    }, bytes);
  }
  get address_(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get hyperlink(): HyperlinkModel | null {
    return this.loaded("hyperlink");
  }
  /** ExcelApi 1.7. The text to display becomes the cell's value, as in Excel. */
  set hyperlink(link: HyperlinkModel | null) {
    this.ctx.enqueue(() => {
      const r = parseRange(this.address());
      if (r.firstRow !== r.lastRow || r.firstColumn !== r.lastColumn) throw new Error("The in-memory workbook sets hyperlinks on single cells only");
      this.eachCell((cell) => {
        if (link) cell.hyperlink = { ...link };
        else delete cell.hyperlink;
      });
      if (link?.textToDisplay !== undefined) writeCell(this.sheet(), r.firstRow, r.firstColumn, link.textToDisplay);
    });
  }
  set numberFormat(formats: string[][]) {
    this.ctx.enqueue(() => this.eachCell((cell, i, j) => (cell.numberFormat = formats[i]?.[j] ?? formats[0][0])), JSON.stringify(formats).length);
  }
  eachCell(visit: (cell: CellModel, i: number, j: number) => void): void {
    const r = parseRange(this.address());
    const sheet = this.sheet();
    for (let row = r.firstRow; row <= r.lastRow; row++) {
      for (let column = r.firstColumn; column <= r.lastColumn; column++) {
        const address = cellAddress(row, column);
        const cell = sheet.cells.get(address) ?? { value: null };
        visit(cell, row - r.firstRow, column - r.firstColumn);
        sheet.cells.set(address, cell);
      }
    }
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const r = parseRange(this.address());
      const sheet = this.sheet();
      for (const address of [...sheet.cells.keys()]) {
        const c = parseRange(address);
        if (c.firstRow >= r.firstRow && c.firstRow <= r.lastRow && c.firstColumn >= r.firstColumn && c.firstColumn <= r.lastColumn) sheet.cells.delete(address);
      }
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      this.ctx.model.activeSheet = this.sheet().name;
      this.ctx.model.selection = { sheet: this.sheet().name, address: this.address() };
    });
  }
}

class RangeFormatProxy {
  readonly font: { bold: boolean; size: number; color: string };
  readonly fill: { color: string; clear: () => void };
  constructor(
    private ctx: MemoryContext,
    private range: RangeProxy
  ) {
    const apply = (visit: (cell: CellModel) => void) => ctx.enqueue(() => range.eachCell(visit));
    this.font = {
      set bold(value: boolean) {
        apply((cell) => (cell.bold = value));
      },
      set size(_value: number) {},
      set color(_value: string) {},
    } as RangeFormatProxy["font"];
    this.fill = {
      set color(value: string) {
        apply((cell) => (cell.fill = value));
      },
      clear: () => apply((cell) => delete cell.fill),
    } as RangeFormatProxy["fill"];
  }
  set wrapText(value: boolean) {
    this.ctx.enqueue(() => this.range.eachCell((cell) => (cell.wrap = value)));
  }
  set verticalAlignment(_value: string) {}
  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const r = parseRange(this.range.address());
      for (let c = r.firstColumn; c <= r.lastColumn; c++) this.range.sheet().columnWidths.set(c, points);
    });
  }
}


