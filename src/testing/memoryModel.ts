import { type CellValue, type Grid, cellAddress, parseRange } from "../core/grid";

/*
 * The in-memory workbook's plain data and the rules every proxy shares (see memoryExcel.ts):
 * what a cell and a sheet hold, the errors Office.js throws, and Loadable, the base of every
 * proxy whose properties must be loaded and synced before they can be read.
 */

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  value: CellValue;
  /** Set when a value starting with "=" was written to a cell not formatted as text. */
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
  range: string;
  type: string;
  formula?: string;
  fill?: string;
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
}

export class PropertyNotLoadedError extends Error {
  code = "PropertyNotLoaded";
  constructor(property: string) {
    super(`The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
}

export class ItemNotFoundError extends Error {
  code = "ItemNotFound";
}

export class InvalidArgumentError extends Error {
  code = "InvalidArgument";
}

/** What a proxy needs of its request context: somewhere to queue work for the next sync. */
export interface Queue {
  /** `bytes`: what the operation adds to the request sent at the next sync (values, formats). */
  enqueue(operation: () => void, bytes?: number): void;
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
    this.ctx.enqueue(() => this.setLoaded(names));
    return this;
  }

  /** Resolves properties now; collections call it for their items while they load. */
  setLoaded(names: string[]): void {
    for (const name of names) this.loadedValues.set(name, this.readNow(name));
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
  return { id, name, visibility: "Visible", cells: new Map(), tables: [], validations: [], conditionalFormats: [], frozenRows: 0, columnWidths: new Map(), hiddenColumns: new Set(), charts: [] };
}

export function writeCell(sheet: SheetModel, row: number, column: number, value: CellValue): void {
  const address = cellAddress(row, column);
  const cell = sheet.cells.get(address) ?? { value: null };
  const isText = cell.numberFormat === "@";
  if (typeof value === "string" && value.startsWith("=") && !isText) {
    cell.formula = value;
    cell.value = value; // the in-memory workbook does not evaluate formulas
  } else {
    delete cell.formula;
    cell.value = value === "" ? null : value;
  }
  sheet.cells.set(address, cell);
}

export function usedRange(sheet: SheetModel): { lastRow: number; lastColumn: number } | null {
  let lastRow = 0;
  let lastColumn = 0;
  for (const [address, cell] of sheet.cells) {
    if (cell.value === null) continue;
    const r = parseRange(address);
    lastRow = Math.max(lastRow, r.firstRow);
    lastColumn = Math.max(lastColumn, r.firstColumn);
  }
  return lastRow ? { lastRow, lastColumn } : null;
}

export function readGrid(sheet: SheetModel, r: ReturnType<typeof parseRange>): Grid {
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
