import type { SheetGrid } from "../core/grid";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { normalizeSnapshot } from "../core/snapshot";
import type { TableSpec } from "../core/workbookSpec";
import { isLockFileName, lockFileError, notAZip, noWorkbook } from "./detect";
import { WorkbookReadError } from "./errors";
import { LIMITS } from "./limits";
import { readReason } from "./readErrorTexts";
import { parseRelationships, parseSharedStrings, parseStyles, parseTablePart, parseWorkbookPart, relsPathOf } from "./parts";
import { type NonTextCell, parseSheet, SheetLimitError } from "./sheet";
import type { CharacterReplacement } from "./text";
import { PartError } from "./xml";
import { Package } from "./zip";

export { WorkbookReadError, type WorkbookReadErrorKind } from "./errors";
export type { NonTextCell } from "./sheet";
export type { CharacterReplacement } from "./text";

/** A sheet as read: the grid, and what the core may need beside it. */
export interface ReadSheet extends SheetGrid {
  hidden: boolean;
  /** Merged ranges ("A3:E4") as the file has them; the value lives in the top-left cell, the rest of the block reads as empty. */
  merges: string[];
  /**
   * Cells whose value was not text (numbers, dates, booleans, errors, formula results), with what
   * the user saw. In `values` a number under General stays a number; under any other format
   * (12%, 1 234 568 kr, 2023-12-31) it is the text shown.
   */
  nonText: NonTextCell[];
}

export interface LoadedWorkbook {
  file: string;
  sheets: ReadSheet[];
  /** Cells whose text had characters XML cannot carry, replaced by a visible marker (text.ts). */
  replacements: CharacterReplacement[];
  /** Made on first use (a normalised copy of every grid): reading for consolidation never needs it. */
  readonly snapshot: WorkbookSnapshot;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;
const TABLE = /\/table$/;

function withPart<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    if (error instanceof SheetLimitError) throw new WorkbookReadError(file, error.reason, "limit");
    if (error instanceof PartError) {
      const { part, why } = error;
      throw new WorkbookReadError(file, readReason((t, lang) => t.partNotXml(part, why[lang])), "damaged", part);
    }
    throw new WorkbookReadError(file, readReason((t) => t.workbookDamaged()), "damaged");
  }
}

/**
 * Reads an .xlsx workbook's bytes into grids and a snapshot; `file` names it in messages. Runs in
 * the browser too (the pane's Sammanställ view): fflate and saxes only, no Node module.
 * Limits (limits.ts) are checked before a part is inflated; every failure is a WorkbookReadError
 * with a kind.
 */
export async function loadWorkbookBytes(source: Uint8Array, file = "arbetsbok"): Promise<LoadedWorkbook> {
  return readWorkbookBytes(source, file);
}

export function readWorkbookBytes(source: Uint8Array, file = "arbetsbok"): LoadedWorkbook {
  if (isLockFileName(file)) throw lockFileError(file);
  const problem = notAZip(source, file);
  if (problem) throw problem;
  if (source.length > LIMITS.fileBytes) throw new WorkbookReadError(file, readReason((t) => t.fileTooLarge(source.length)), "limit");
  const pkg = new Package(source, file);
  return withPart(file, () => {
    const root = parseRelationships(pkg.textOf("_rels/.rels"), "", "_rels/.rels");
    const workbookPath = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? "xl/workbook.xml";
    const workbookXml = pkg.textOf(workbookPath) ?? (pkg.has("xl/workbook.xml") ? pkg.textOf("xl/workbook.xml") : undefined);
    if (workbookXml === undefined) throw noWorkbook(pkg, file);
    const workbook = parseWorkbookPart(workbookXml, workbookPath);
    // A Word or PowerPoint file has an office document too, but not a workbook.
    if (workbook.root !== "workbook") throw noWorkbook(pkg, file);
    if (workbook.sheets.length > LIMITS.sheets) throw new WorkbookReadError(file, readReason((t) => t.tooManySheets(workbook.sheets.length)), "limit");
    const relsPath = relsPathOf(workbookPath);
    const rels = parseRelationships(pkg.textOf(relsPath), workbookPath, relsPath);
    const target = (pattern: RegExp, fallback: string) => [...rels.values()].find((r) => pattern.test(r.type))?.target ?? fallback;
    const stringsPath = target(SHARED_STRINGS, "xl/sharedStrings.xml");
    const strings = parseSharedStrings(pkg.textOf(stringsPath), stringsPath);
    const stylesPath = target(STYLES, "xl/styles.xml");
    const formats = parseStyles(pkg.textOf(stylesPath), stylesPath);
    const replacements: CharacterReplacement[] = [];

    const read: (SheetSnapshot & ReadSheet)[] = [];
    for (const entry of workbook.sheets) {
      const path = (entry.rId && rels.get(entry.rId)?.target) || `xl/worksheets/sheet${entry.sheetId}.xml`;
      // A chart sheet or a dialog sheet has no cells: it is a sheet without values, as Excel lists it.
      const xml = /worksheets\//.test(path) || pkg.has(path) ? pkg.textOf(path) : undefined;
      if (xml === undefined) {
        read.push({ name: entry.name, hidden: entry.hidden, values: [], merges: [], nonText: [], validations: [], tables: [], frozenRows: 0 });
        continue;
      }
      const parsed = parseSheet(xml, { sheet: entry.name, part: path, strings, formats, date1904: workbook.date1904, replacements });
      const tables: TableSpec[] = [];
      if (parsed.tableRelIds.length) {
        const sheetRelsPath = relsPathOf(path);
        const sheetRels = parseRelationships(pkg.textOf(sheetRelsPath), path, sheetRelsPath);
        for (const id of parsed.tableRelIds) {
          const rel = sheetRels.get(id);
          const tableXml = rel && TABLE.test(rel.type) ? pkg.textOf(rel.target) : undefined;
          const table = tableXml === undefined ? undefined : parseTablePart(tableXml, rel!.target);
          if (table && table.range) tables.push(table);
        }
      }
      read.push({
        name: entry.name,
        hidden: entry.hidden,
        values: parsed.values,
        merges: parsed.merges,
        nonText: parsed.nonText,
        validations: parsed.validations,
        tables,
        frozenRows: parsed.frozenRows,
      });
    }
    let snapshot: WorkbookSnapshot | undefined;
    return {
      file,
      sheets: read.map((s) => ({ name: s.name, values: s.values, hidden: s.hidden, merges: s.merges, nonText: s.nonText })),
      replacements,
      get snapshot() {
        return (snapshot ??= normalizeSnapshot({ sheets: read.map(({ name, hidden, values, validations, tables, frozenRows }) => ({ name, hidden, values, validations, tables, frozenRows })) }));
      },
    };
  });
}
