import { type CellRange, type CellValue, type Grid, cellAddress, parseRange } from "../core/grid";
import { type CellInput, interpretInput } from "./cellInput";
import { PropertyNotLoadedError } from "./errors";
import { jsonBytes } from "./payload";

export { InvalidArgumentError, ItemAlreadyExistsError, ItemNotFoundError, PropertyNotLoadedError, RichApiError } from "./errors";

/*
 * The in-memory workbook's plain data and the rules every proxy shares (see memoryExcel.ts):
 * what a cell and a sheet hold, how a written value lands in a cell, the used range, and Loadable,
 * the base of every proxy whose properties must be loaded and synced before they can be read.
 */

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  value: CellValue;
  /** Set when Excel would have made the value written a formula (see cellInput.ts). */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  /** The cell's own fill; conditional formats never change it, as in Excel. */
  fill?: string;
  wrap?: boolean;
  hyperlink?: HyperlinkModel;
}

/** A conditional format as Excel keeps it: a range on one sheet, a type and, for "Custom", a formula and a format. */
export interface ConditionalFormatModel {
  /** Given when the format is added (ExcelApi 1.6: ConditionalFormat.id). */
  id?: string;
  range: string;
  type: string;
  formula?: string;
  fill?: string;
  /** A "DataBar" format's settings. */
  dataBar?: { fillColor?: string; gradientFill?: boolean; lowerBound?: string; upperBound?: string };
}

export interface SheetModel {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, CellModel>;
  tables: { name: string; range: string; style?: string }[];
  validations: { range: string; source: string }[];
  /** In priority order: the first is applied first (Excel adds new ones at the top). */
  conditionalFormats: ConditionalFormatModel[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  charts: { type: string; range: string; seriesBy: string; title?: string }[];
  /** Row heights in points set through Range.format.rowHeight, by 1-based row. */
  rowHeights: Map<number, number>;
  /** What Worksheet.pageLayout (ExcelApi 1.9) was given; empty until something is set. */
  pageLayout: PageLayoutModel;
}

/** A sheet's print settings as Office.js sets them: margins in points, footers with Excel's codes. */
export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  printTitleRows?: string;
  printTitleColumns?: string;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
}

/** What a proxy needs of its request context: somewhere to queue work for the next sync. */
export interface Queue {
  /** `bytes`: what the operation adds to the request sent at the next sync (the values it sets). */
  enqueue(operation: () => void, bytes?: number): void;
  /**
   * Called by a load while the batch runs: `payload` goes into the response (and counts towards
   * its size); `deliver` makes the values readable, and runs only if the whole batch succeeds.
   */
  respond(payload: unknown, deliver: () => void): void;
}

export type LoadOption = string | string[] | { select?: string };

/** The property names a load asks for, without a collection's "items/" prefix. */
export function loadNames(properties: LoadOption | undefined, fallback: string[]): string[] {
  const list = typeof properties === "string" ? properties.split(",") : Array.isArray(properties) ? properties : properties?.select?.split(",") ?? fallback;
  return list.map((p) => p.trim().replace(/^items\//, "")).filter(Boolean);
}

/** A proxy's loaded values: reading anything else throws as Office.js does. */
export class Loadable<C extends Queue = Queue> {
  protected loadedValues = new Map<string, unknown>();
  constructor(protected ctx: C) {}

  load(properties?: LoadOption): this {
    const names = loadNames(properties, this.defaultProperties());
    this.ctx.enqueue(() => {
      const values = this.readValues(names);
      this.ctx.respond(values, () => this.deliver(values));
    }, jsonBytes(names));
    return this;
  }

  /** The properties as they are now; collections call it for their items while they load. */
  readValues(names: string[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const name of names) values[name] = this.readNow(name);
    return values;
  }

  /** Makes values read at sync readable, once the sync has succeeded. */
  deliver(values: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(values)) this.loadedValues.set(name, value);
  }

  protected defaultProperties(): string[] {
    return [];
  }

  protected readNow(name: string): unknown {
    throw new Error(`Property ${name} cannot be loaded in the in-memory workbook`);
  }

  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw new PropertyNotLoadedError(name);
    return this.loadedValues.get(name) as T;
  }
}

export function newSheet(id: number, name: string): SheetModel {
  return { id, name, visibility: "Visible", cells: new Map(), tables: [], validations: [], conditionalFormats: [], frozenRows: 0, columnWidths: new Map(), hiddenColumns: new Set(), charts: [], rowHeights: new Map(), pageLayout: {} };
}

/** Writes a value as Excel would: a text-formatted cell keeps a string as it is, any other cell interprets it (cellInput.ts). */
export function writeCell(sheet: SheetModel, row: number, column: number, value: CellValue): void {
  const address = cellAddress(row, column);
  const cell = sheet.cells.get(address) ?? { value: null };
  const input: CellInput = cell.numberFormat === "@" ? { value: value === "" ? null : value } : interpretInput(value);
  if (input.formula !== undefined) cell.formula = input.formula;
  else delete cell.formula;
  cell.value = input.value;
  if (input.numberFormat && (cell.numberFormat === undefined || cell.numberFormat === "General")) cell.numberFormat = input.numberFormat;
  sheet.cells.set(address, cell);
}

function hasFormat(cell: CellModel): boolean {
  return cell.numberFormat !== undefined || cell.bold !== undefined || cell.fill !== undefined || cell.wrap !== undefined || cell.hyperlink !== undefined;
}

/**
 * The bounding box of the sheet's non-empty cells, wherever they start (C5:F20 if that is where
 * they are); with `valuesOnly` false, formatted cells count too, as Worksheet.getUsedRange(false)
 * counts them. Null for a sheet with none. `within`: only the cells inside that range (Range.getUsedRange).
 */
export function usedRange(sheet: SheetModel, valuesOnly = true, within?: CellRange): CellRange | null {
  let used: CellRange | null = null;
  for (const [address, cell] of sheet.cells) {
    if (cell.value === null && (valuesOnly || !hasFormat(cell))) continue;
    const { firstRow: row, firstColumn: column } = parseRange(address);
    if (within && (row < within.firstRow || row > within.lastRow || column < within.firstColumn || column > within.lastColumn)) continue;
    if (!used) used = { firstRow: row, firstColumn: column, lastRow: row, lastColumn: column };
    else {
      used.firstRow = Math.min(used.firstRow, row);
      used.firstColumn = Math.min(used.firstColumn, column);
      used.lastRow = Math.max(used.lastRow, row);
      used.lastColumn = Math.max(used.lastColumn, column);
    }
  }
  return used;
}

export function readGrid(sheet: SheetModel, r: CellRange): Grid {
  const grid: Grid = [];
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    const line: CellValue[] = [];
    for (let column = r.firstColumn; column <= r.lastColumn; column++) line.push(sheet.cells.get(cellAddress(row, column))?.value ?? "");
    grid.push(line);
  }
  return grid;
}

export function overlaps(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  return x.firstRow <= y.lastRow && y.firstRow <= x.lastRow && x.firstColumn <= y.lastColumn && y.firstColumn <= x.lastColumn;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
