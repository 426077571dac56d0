import { parseRange } from "../core/grid";
import type { CellValue } from "../core/grid";
import type { SheetModel } from "./memoryModel";

/*
 * Worksheet.onChanged (ExcelApi 1.7) in the in-memory workbook, as Excel delivers it:
 * - a handler is registered by onChanged.add(handler), which takes effect at the next sync (and is
 *   removed by EventHandlerResult.remove() and a sync of that result's context);
 * - every change of cell values raises one event per range written, by the user (the test API's
 *   setValues/setText/typeInto) or by an add-in (Range.values, Range.clear); the event comes after
 *   the change, never inside the batch that made it, with the address, the worksheet's id, the
 *   change type "RangeEdited" and, for a single cell only, `details` with the value before and after
 *   (ExcelApi 1.9: "can be retrieved when the changed event is triggered on a single cell");
 * - changes to formats (conditional formats included) raise no onChanged event.
 * Tests await `whenIdle()` for delivery instead of waiting for time to pass.
 */

export interface ChangedEventArgs {
  type: "WorksheetChanged";
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  worksheetId: string;
  triggerSource: "Unknown" | "ThisLocalAddin";
  details?: { valueBefore: CellValue; valueAfter: CellValue; valueTypeBefore: string; valueTypeAfter: string };
}

export type ChangedHandler = (args: ChangedEventArgs) => unknown;

function valueType(value: CellValue): string {
  if (value === null || value === "") return "Empty";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  return "String";
}

/** The string Office.js uses for a worksheet's id (a GUID in Excel; unique per sheet here). */
export function worksheetId(sheet: SheetModel): string {
  return `{00000000-0000-4000-8000-${String(sheet.id).padStart(12, "0")}}`;
}

export class ChangeEvents {
  private handlers = new Map<number, Set<ChangedHandler>>();
  private pending: { sheetId: number; args: ChangedEventArgs }[] = [];
  private running: Promise<unknown>[] = [];
  private scheduled = false;
  /** Every event raised since the workbook was made (delivered or not), for tests. */
  raised: ChangedEventArgs[] = [];

  register(sheet: SheetModel, handler: ChangedHandler): void {
    const set = this.handlers.get(sheet.id) ?? new Set();
    set.add(handler);
    this.handlers.set(sheet.id, set);
  }

  unregister(sheet: SheetModel, handler: ChangedHandler): void {
    this.handlers.get(sheet.id)?.delete(handler);
  }

  handlerCount(sheet: SheetModel): number {
    return this.handlers.get(sheet.id)?.size ?? 0;
  }

  /** A range's values changed: `before` is the single cell's value before, when one cell changed. */
  raise(sheet: SheetModel, address: string, byAddin: boolean, single?: { before: CellValue; after: CellValue }): void {
    const r = parseRange(address);
    const one = r.firstRow === r.lastRow && r.firstColumn === r.lastColumn;
    const args: ChangedEventArgs = {
      type: "WorksheetChanged",
      address,
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: worksheetId(sheet),
      triggerSource: byAddin ? "ThisLocalAddin" : "Unknown",
      ...(one && single
        ? { details: { valueBefore: single.before ?? "", valueAfter: single.after ?? "", valueTypeBefore: valueType(single.before), valueTypeAfter: valueType(single.after) } }
        : {}),
    };
    this.raised.push(args);
    if (!this.handlers.get(sheet.id)?.size) return;
    this.pending.push({ sheetId: sheet.id, args });
    if (!this.scheduled) {
      this.scheduled = true;
      // After the change, outside the batch that made it, as Excel delivers events.
      setTimeout(() => this.deliver(), 0);
    }
  }

  private deliver(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    for (const { sheetId, args } of batch) {
      for (const handler of this.handlers.get(sheetId) ?? []) this.running.push(Promise.resolve().then(() => handler(args)));
    }
  }

  /** Resolves once every event raised so far is delivered and every handler's promise has settled (also those their work raised). */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (this.scheduled || this.pending.length) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        continue;
      }
      if (!this.running.length) return;
      const running = this.running;
      this.running = [];
      await Promise.allSettled(running);
    }
  }
}
