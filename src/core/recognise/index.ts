import { cellText, columnNumber, type SheetGrid } from "../grid";
import { FORM_TABLE, WIDE_FORM_COLUMNS, type TableDef, findTable } from "../tables";
import { type Block, blocksOf, findHeaders, type HeaderHit, titleOfTopRows } from "./blocks";
import { matchHeader } from "./header";
import { readInfo } from "./info";
import { readRows } from "./rows";
import { tableOfSheetName } from "./titles";
import type { RecognisedTable, Recognition, SheetMapping } from "./types";
import { readVerticalForm } from "./vertical";
import { matchWideHeader, isWideHeader } from "./wide";

/**
 * Finds the report tables in a workbook's grids. Which table a block holds is decided by its own
 * title row (above its header) and the sheet's name, never by a data cell; where its rows are, by
 * its header row, wherever that is, over one row or two, its columns in any order (blocks.ts). A
 * sheet may stack several tables. A header with no title and no telling sheet name is "unplaced":
 * its rows are rejected, not guessed at, unless the coordinator maps the sheet. Table 8 is also read
 * with no header at all, as the compilation prints it (vertical.ts). What the rows mean (data or the
 * template's empty row, which region, which question) is the reader's (src/core/read).
 */

export interface RecogniseOptions {
  /** The coordinator's mappings for this workbook's sheets. */
  mappings?: readonly SheetMapping[];
}

const kindOf = (def: TableDef) => (def.kind === "form" ? "form" : "activity");
const headerKind = (hit: HeaderHit) => (hit.kind === "activity" ? "activity" : "form");

function tableOf(grid: SheetGrid, def: TableDef, hit: HeaderHit, end: number, identifiedBy: RecognisedTable["identifiedBy"], titleRow?: number, preamble: string[] = []): RecognisedTable {
  const defined = hit.kind === "wide" ? WIDE_FORM_COLUMNS : def.columns;
  return {
    def,
    sheet: grid.name,
    hidden: grid.hidden ?? false,
    shape: hit.kind === "wide" ? "wide" : "rows",
    identifiedBy,
    headerRow: hit.lastRow + 1,
    ...(titleRow !== undefined ? { titleRow: titleRow + 1 } : {}),
    preamble,
    columns: hit.columns,
    defined,
    missingColumns: defined.filter((c) => !(c.key in hit.columns)),
    rows: readRows(grid, defined, hit.lastRow, hit.columns, end, hit.labels),
  };
}

/** A sheet the coordinator has mapped to a table: the header where they say (or found as usual), their columns. */
function mappedTable(grid: SheetGrid, mapping: SheetMapping, def: TableDef): RecognisedTable | null {
  let hit: HeaderHit | undefined;
  if (mapping.headerRow) {
    const r = mapping.headerRow - 1;
    const row = grid.values[r] ?? [];
    const labels = row.map((v) => (v === null || v === undefined ? "" : String(v)));
    const wide = def.kind === "form" ? matchWideHeader(row) : {};
    const columns = mapping.columns
      ? Object.fromEntries(Object.entries(mapping.columns).map(([field, letter]) => [field, columnNumber(letter) - 1]))
      : isWideHeader(wide)
        ? wide
        : matchHeader(row, def.columns);
    const kind = !mapping.columns && isWideHeader(wide) ? "wide" : def.kind === "form" ? "form" : "activity";
    hit = { kind, defined: def.columns, firstRow: r, lastRow: r, columns, labels };
  } else {
    hit = findHeaders(grid).find((h) => headerKind(h) === kindOf(def));
  }
  return hit ? tableOf(grid, def, hit, grid.values.length, "mapping") : null;
}

export function recogniseWorkbook(grids: readonly SheetGrid[], options: RecogniseOptions = {}): Recognition {
  const recognition: Recognition = { info: readInfo(grids), tables: [], headerless: [], unplaced: [] };
  for (const grid of grids) {
    const hidden = grid.hidden ?? false;
    const mapping = options.mappings?.find((m) => m.sheet === grid.name);
    const mappedDef = mapping ? findTable(mapping.table) : undefined;
    if (mapping && mappedDef) {
      const table = mappedTable(grid, mapping, mappedDef);
      if (table) recognition.tables.push(table);
      else recognition.headerless.push({ sheet: grid.name, table: mappedDef.number as Recognition["headerless"][number]["table"] });
      continue;
    }
    if (grid.name === recognition.info?.sheet) continue;
    const byName = tableOfSheetName(grid.name);
    const blocks = blocksOf(grid);
    if (!blocks.length) {
      const def = titleOfTopRows(grid)?.def ?? byName;
      if (!def) continue;
      const vertical = def.kind === "form" ? readVerticalForm(grid) : null;
      if (vertical) {
        const headerRow = vertical.firstRow - 1;
        const preamble = grid.values.slice(0, headerRow).flatMap((row) => row.map((v) => cellText(v)).filter(Boolean));
        recognition.tables.push({
          def, sheet: grid.name, hidden, shape: "vertical", identifiedBy: titleOfTopRows(grid) ? "title" : "name", headerRow,
          preamble, columns: { text: vertical.column, response: vertical.column }, defined: FORM_TABLE.columns, missingColumns: [], rows: vertical.rows,
        });
      } else {
        recognition.headerless.push({ sheet: grid.name, table: def.number as Recognition["headerless"][number]["table"] });
      }
      continue;
    }
    blocks.forEach((block: Block) => {
      // A title above the header decides; the sheet's name only when the sheet holds one table.
      const def = block.title?.def ?? (blocks.length === 1 ? byName : null);
      const identifiedBy = block.title ? "title" : "name";
      if (def && kindOf(def) === headerKind(block.header)) {
        recognition.tables.push(tableOf(grid, def, block.header, block.end, identifiedBy, block.title?.row, block.preamble));
      } else {
        recognition.unplaced.push({ sheet: grid.name, hidden, kind: headerKind(block.header), headerRow: block.header.lastRow + 1, lastRow: block.end });
      }
    });
  }
  return recognition;
}

/** Which table a sheet holds, by its title rows and its name (for a sheet as a whole: the first block's). */
export function identifyTable(grid: SheetGrid): TableDef | null {
  const blocks = blocksOf(grid);
  if (blocks.length) return blocks[0].title?.def ?? (blocks.length === 1 ? tableOfSheetName(grid.name) : null);
  return titleOfTopRows(grid)?.def ?? tableOfSheetName(grid.name);
}

export { questionByText, questionNamed, questionNumberOf, type QuestionNumber } from "./questions";
export { normalizeText } from "./text";
export { guessColumns } from "./header";
export { enoughColumns } from "./blocks";
export { tableOfSheetName, tableOfTitle } from "./titles";
export type { IdentifiedBy, Recognition, RecognisedRow, RecognisedTable, SheetMapping, TableShape, UnplacedTable, WorkbookInfo } from "./types";
