import { type CellRange, type Grid, cellAddress, parseRange, rangeAddress } from "../core/grid";
import { RichApiError } from "./errors";
import { ConditionalFormatCollectionProxy } from "./memoryConditionalFormats";
import type { MemoryContext } from "./memoryExcel";
import { type CellModel, type HyperlinkModel, InvalidArgumentError, ItemNotFoundError, Loadable, overlaps, PropertyNotLoadedError, quoteSheet, readGrid, type SheetModel, usedRange, writeCell } from "./memoryModel";
import { jsonBytes, READ_CELL_LIMIT } from "./payload";

/*
 * Range and its format in the in-memory workbook: values, number formats, links, fills, widths,
 * list validation. Everything is queued and happens at sync; reads need a load first.
 */

/** A range's address: fixed, or worked out at sync (a used range, the selection). Null: a null object. */
type AddressSource = string | (() => string | null);

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16384;

function cellCount(r: CellRange): number {
  return (r.lastRow - r.firstRow + 1) * (r.lastColumn - r.firstColumn + 1);
}

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
          const address = range.resolveAddress();
          sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, address));
          sheet.validations.push({ range: address, source });
        }, jsonBytes(source));
      },
      get rule(): unknown {
        throw new PropertyNotLoadedError("rule");
      },
      clear: () =>
        ctx.enqueue(() => {
          const sheet = range.sheet();
          sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, range.resolveAddress()));
        }),
    };
  }
  sheet(): SheetModel {
    const sheet = this.resolveSheet();
    if (!sheet) throw new ItemNotFoundError("The requested worksheet doesn't exist");
    return sheet;
  }
  private isNull(): boolean {
    return typeof this.addressSource === "function" && !this.addressSource();
  }
  resolveAddress(): string {
    const address = typeof this.addressSource === "string" ? this.addressSource : this.addressSource();
    if (!address) throw new ItemNotFoundError("The range is empty");
    return address.replace(/^.*!/, "");
  }
  protected defaultProperties(): string[] {
    return ["values", "address"];
  }
  protected readNow(name: string): unknown {
    if (name === "isNullObject") return this.isNull();
    if (this.isNull()) return undefined;
    const r = parseRange(this.resolveAddress());
    if (name === "values" || name === "text") {
      if (cellCount(r) > READ_CELL_LIMIT) throw new RichApiError("RangeExceedsLimit", undefined, `Range.${name}`);
      return readGrid(this.sheet(), r);
    }
    if (name === "address") return `${quoteSheet(this.sheet().name)}!${this.resolveAddress()}`;
    if (name === "rowCount") return r.lastRow - r.firstRow + 1;
    if (name === "columnCount") return r.lastColumn - r.firstColumn + 1;
    if (name === "rowIndex") return r.firstRow - 1;
    if (name === "columnIndex") return r.firstColumn - 1;
    if (name === "hyperlink") return r.firstRow === r.lastRow && r.firstColumn === r.lastColumn ? this.sheet().cells.get(this.resolveAddress())?.hyperlink ?? null : null;
    return super.readNow(name);
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get values(): Grid {
    return this.loaded("values");
  }
  set values(values: Grid) {
    this.ctx.enqueue(() => {
      const r = parseRange(this.resolveAddress());
      const height = r.lastRow - r.firstRow + 1;
      const width = r.lastColumn - r.firstColumn + 1;
      if (values.length !== height || values.some((row) => row.length !== width)) {
        throw new InvalidArgumentError("The number of rows or columns in the input array doesn't match the size or dimensions of the range.", "Range.values");
      }
      const sheet = this.sheet();
      const before = sheet.cells.get(cellAddress(r.firstRow, r.firstColumn))?.value ?? null;
      values.forEach((row, i) => row.forEach((value, j) => writeCell(sheet, r.firstRow + i, r.firstColumn + j, value)));
      this.ctx.model.raiseChanged(sheet, r.firstRow, r.firstColumn, values, before, true);
    }, jsonBytes(values));
  }
  set columnHidden(value: boolean) {
    this.ctx.enqueue(() => {
      const r = parseRange(this.resolveAddress());
      for (let c = r.firstColumn; c <= r.lastColumn; c++) {
        if (value) this.sheet().hiddenColumns.add(c);
        else this.sheet().hiddenColumns.delete(c);
      }
    });
  }
  /** The address with its sheet, as Office.js gives it ("'Tabell 1'!C5:F20"). */
  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get hyperlink(): HyperlinkModel | null {
    return this.loaded("hyperlink");
  }
  /** ExcelApi 1.7. The text to display becomes the cell's value, as in Excel. */
  set hyperlink(link: HyperlinkModel | null) {
    this.ctx.enqueue(() => {
      const r = parseRange(this.resolveAddress());
      if (r.firstRow !== r.lastRow || r.firstColumn !== r.lastColumn) throw new Error("The in-memory workbook sets hyperlinks on single cells only");
      this.eachCell((cell) => {
        if (link) cell.hyperlink = { ...link };
        else delete cell.hyperlink;
      });
      if (link?.textToDisplay !== undefined) {
        const before = this.sheet().cells.get(cellAddress(r.firstRow, r.firstColumn))?.value ?? null;
        writeCell(this.sheet(), r.firstRow, r.firstColumn, link.textToDisplay);
        this.ctx.model.raiseChanged(this.sheet(), r.firstRow, r.firstColumn, [[link.textToDisplay]], before, true);
      }
    }, jsonBytes(link));
  }
  set numberFormat(formats: string[][]) {
    this.ctx.enqueue(() => this.eachCell((cell, i, j) => (cell.numberFormat = formats[i]?.[j] ?? formats[0][0])), jsonBytes(formats));
  }
  eachCell(visit: (cell: CellModel, i: number, j: number) => void): void {
    const r = parseRange(this.resolveAddress());
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
      const r = parseRange(this.resolveAddress());
      const sheet = this.sheet();
      for (const address of [...sheet.cells.keys()]) {
        const c = parseRange(address);
        if (c.firstRow >= r.firstRow && c.firstRow <= r.lastRow && c.firstColumn >= r.firstColumn && c.firstColumn <= r.lastColumn) sheet.cells.delete(address);
      }
      // Clearing values is a change of values: one event for the range cleared.
      this.ctx.model.events.raise(sheet, this.resolveAddress(), true);
    });
  }
  /** Excel fires the workbook's onSelectionChanged for a selection the add-in makes, too. */
  select(): void {
    this.ctx.enqueue(() => {
      this.ctx.model.activeSheet = this.sheet().name;
      this.ctx.model.selection = { sheet: this.sheet().name, address: this.resolveAddress() };
      this.ctx.model.selectionChanged();
    });
  }
  /** ExcelApi 1.1: the whole rows the range is on (columns A to XFD). */
  getEntireRow(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.sheet(), () => {
      const r = parseRange(this.resolveAddress());
      return rangeAddress(r.firstRow, 1, r.lastRow, MAX_COLUMNS);
    });
  }
  /** ExcelApi 1.4: the bounding box of the used cells inside the range; a null object when it has none. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => this.sheet(), () => {
      const used = usedRange(this.sheet(), valuesOnly, parseRange(this.resolveAddress()));
      return used && rangeAddress(used.firstRow, used.firstColumn, used.lastRow, used.lastColumn);
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
    const apply = (visit: (cell: CellModel) => void, bytes = 0) => ctx.enqueue(() => range.eachCell(visit), bytes);
    this.font = {
      set bold(value: boolean) {
        apply((cell) => (cell.bold = value));
      },
      set size(_value: number) {
        ctx.enqueue(() => undefined);
      },
      set color(value: string) {
        ctx.enqueue(() => undefined, jsonBytes(value));
      },
    } as RangeFormatProxy["font"];
    this.fill = {
      set color(value: string) {
        apply((cell) => (cell.fill = value), jsonBytes(value));
      },
      clear: () => apply((cell) => delete cell.fill),
    } as RangeFormatProxy["fill"];
  }
  set wrapText(value: boolean) {
    this.ctx.enqueue(() => this.range.eachCell((cell) => (cell.wrap = value)));
  }
  set verticalAlignment(value: string) {
    this.ctx.enqueue(() => undefined, jsonBytes(value));
  }
  /** Excel refuses a row height outside 0–409 points. */
  set rowHeight(points: number) {
    this.ctx.enqueue(() => {
      if (!(points >= 0 && points <= 409)) throw new InvalidArgumentError(undefined, "RangeFormat.rowHeight");
      const r = parseRange(this.range.resolveAddress());
      for (let row = r.firstRow; row <= r.lastRow; row++) this.range.sheet().rowHeights.set(row, points);
    });
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const r = parseRange(this.range.resolveAddress());
      for (let c = r.firstColumn; c <= r.lastColumn; c++) this.range.sheet().columnWidths.set(c, points);
    });
  }
}
