import { rangeAddress } from "../core/grid";
import { RichApiError } from "./errors";
import type { MemoryContext } from "./memoryExcel";
import { InvalidArgumentError, ItemNotFoundError, Loadable, type LoadOption, loadNames, PropertyNotLoadedError, type SheetModel, usedRange } from "./memoryModel";
import { PageLayoutProxy } from "./memoryPageLayout";
import { RangeProxy } from "./memoryRange";
import { type ChangedHandler, worksheetId } from "./memoryEvents";
import { jsonBytes } from "./payload";

/** What Office.js calls with a SelectionChangedEventArgs; it must return a promise. */
export type SelectionHandler = (args: { workbook: unknown; type: "WorkbookSelectionChanged" }) => Promise<unknown>;

/*
 * The workbook, its worksheet collection, worksheets and Excel tables in the in-memory workbook.
 * Sheet names follow Excel's rules on add and on rename (MemoryWorkbook.checkSheetName).
 */

export class MemoryWorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  /**
   * ExcelApi 1.2, as strict as Excel: a handler is registered (and removed) by the next sync of the
   * context it was added in, and is called after a change, not during it, with { workbook } only
   * (the address must be loaded by the handler).
   */
  readonly onSelectionChanged: { add: (handler: SelectionHandler) => { context: MemoryContext; remove: () => void } };
  constructor(private ctx: MemoryContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.onSelectionChanged = {
      add: (handler) => {
        if (typeof handler !== "function") throw new InvalidArgumentError(undefined, "Workbook.onSelectionChanged.add");
        ctx.enqueue(() => ctx.model.selectionHandlers.add(handler));
        return { context: ctx, remove: () => ctx.enqueue(() => void ctx.model.selectionHandlers.delete(handler)) };
      },
    };
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
      const items = this.ctx.model.sheets.map((s) => {
        const proxy = new WorksheetProxy(this.ctx, () => this.ctx.model.sheets.find((x) => x.id === s.id));
        return { proxy, values: proxy.readValues(names) };
      });
      this.ctx.respond({ items: items.map((item) => item.values) }, () => {
        items.forEach((item) => item.proxy.deliver(item.values));
        this.itemsList = items.map((item) => item.proxy);
      });
    }, jsonBytes(names));
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
  /** Without a name, Excel picks the next free "SheetN". */
  add(name?: string): WorksheetProxy {
    let id = 0;
    this.ctx.enqueue(() => {
      id = this.ctx.model.addSheet(name ?? this.ctx.model.freeSheetName(), "WorksheetCollection.add").id;
    }, jsonBytes(name ?? ""));
    return new WorksheetProxy(this.ctx, () => this.ctx.model.sheets.find((s) => s.id === id));
  }
}

export class WorksheetProxy extends Loadable<MemoryContext> {
  readonly tables: TableCollectionProxy;
  readonly freezePanes: { freezeRows: (count: number) => void; unfreeze: () => void };
  readonly charts: { add: (type: string, source: RangeProxy, seriesBy?: string) => { title: { text: string } } };
  /** ExcelApi 1.7: registered at the next sync, as Office.js registers it. */
  readonly onChanged: { add: (handler: ChangedHandler) => { context: MemoryContext; remove: () => void } };
  /** ExcelApi 1.9. */
  readonly pageLayout: PageLayoutProxy;
  constructor(
    ctx: MemoryContext,
    readonly resolve: () => SheetModel | undefined,
    private orNull = false
  ) {
    super(ctx);
    this.tables = new TableCollectionProxy(ctx, this);
    this.pageLayout = new PageLayoutProxy(ctx, () => this.sheet());
    this.charts = {
      add: (type, source, seriesBy = "Auto") => {
        const chart: SheetModel["charts"][number] = { type, range: "", seriesBy };
        ctx.enqueue(() => {
          chart.range = source.resolveAddress();
          this.sheet().charts.push(chart);
        });
        return {
          title: {
            set text(value: string) {
              ctx.enqueue(() => (chart.title = value), jsonBytes(value));
            },
          } as { text: string },
        };
      },
    };
    this.onChanged = {
      add: (handler) => {
        ctx.enqueue(() => ctx.model.events.register(this.sheet(), handler));
        return { context: ctx, remove: () => ctx.enqueue(() => ctx.model.events.unregister(this.sheet(), handler)) };
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
    return ["id", "name", "visibility", "isNullObject"];
  }
  protected readNow(name: string): unknown {
    if (name === "isNullObject") return !this.resolve();
    if (this.orNull && !this.resolve()) return undefined;
    const sheet = this.sheet();
    if (name === "name") return sheet.name;
    if (name === "id") return worksheetId(sheet);
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
  get id(): string {
    return this.loaded("id");
  }
  set name(value: string) {
    this.ctx.enqueue(() => this.ctx.model.renameSheet(this.sheet(), value), jsonBytes(value));
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  set visibility(value: string) {
    this.ctx.enqueue(() => (this.sheet().visibility = value as SheetModel["visibility"]), jsonBytes(value));
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this.resolve, address ?? "A1:XFD1048576");
  }
  /** ExcelApi 1.7: a range by its 0-based first row and column and its size. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    if (rowCount < 1 || columnCount < 1) throw new InvalidArgumentError(undefined, "Worksheet.getRangeByIndexes");
    return new RangeProxy(this.ctx, this.resolve, rangeAddress(startRow + 1, startColumn + 1, startRow + rowCount, startColumn + columnCount));
  }
  /** The bounding box of the used cells, not necessarily from A1; a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, this.resolve, () => {
      const used = usedRange(this.sheet(), valuesOnly);
      return used && rangeAddress(used.firstRow, used.firstColumn, used.lastRow, used.lastColumn);
    });
  }
  /** As Excel: A1 when the sheet is empty, rather than an error. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, this.resolve, () => {
      const used = usedRange(this.sheet(), valuesOnly);
      return used ? rangeAddress(used.firstRow, used.firstColumn, used.lastRow, used.lastColumn) : "A1";
    });
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.model.activeSheet = this.sheet().name));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (this.ctx.model.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
        throw new RichApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
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
      const names = (this.worksheet.resolve()?.tables ?? []).map((t) => t.name);
      this.ctx.respond({ items: names.map((name) => ({ name })) }, () => {
        this.itemsList = names.map((name) => new TableProxy(this.ctx, this.worksheet, name, true));
      });
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
    }, jsonBytes(address));
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
    }, jsonBytes(value));
  }
  set style(value: string) {
    this.ctx.enqueue(() => (this.model().style = value), jsonBytes(value));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.sheet();
      sheet.tables = sheet.tables.filter((t) => t.name !== this.tableName);
    });
  }
}
