/**
 * Excel tables for exceljs's streaming writer, which writes sheets row by row (native zlib, little
 * memory) but has no addTable (exceljs#1412, open; PR #1885 unmerged). The table part is rendered by exceljs's own
 * TableXform, the model made as exceljs's Table.validate makes it, so the part is what the
 * full-model writer wrote; the worksheet gets its <tableParts> after <legacyDrawing>, where
 * ECMA-376 puts it (and where PR #1885 was asked to put it: before it, a sheet with notes is
 * invalid), and [Content_Types].xml its overrides (ContentTypesXform takes `tables`).
 * Internals of exceljs 4.4: a test reads the tables back with a second reader, so a change breaks loudly.
 */
import type ExcelJS from "exceljs";

interface Xforms {
  TableXform: new () => { prepare(model: unknown, options: unknown): void; toXml(model: unknown): string };
  ListXform: new (options: unknown) => { toXml(model: unknown): string };
  TablePartXform: new () => unknown;
  ContentTypesXform: new () => { toXml(model: unknown): string };
}

/** exceljs's xforms, loaded when a workbook is written (loading exceljs costs start-up time). */
function loadXforms(): Xforms {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    TableXform: require("exceljs/lib/xlsx/xform/table/table-xform") as Xforms["TableXform"],
    ListXform: require("exceljs/lib/xlsx/xform/list-xform") as Xforms["ListXform"],
    TablePartXform: require("exceljs/lib/xlsx/xform/sheet/table-part-xform") as Xforms["TablePartXform"],
    ContentTypesXform: require("exceljs/lib/xlsx/xform/core/content-types-xform") as Xforms["ContentTypesXform"],
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

export interface StreamTable {
  name: string;
  /** Header row included, e.g. "A3:E150". */
  range: string;
  columns: string[];
  theme: string;
}

interface Internals {
  zip: { append(source: string, options: { name: string }): void };
  _worksheets: unknown[];
  sharedStrings: unknown;
  commentRefs: unknown[];
  media: unknown[];
  addContentTypes(): Promise<void>;
}

interface SheetInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  stream: { write(text: string): void };
}

/** Makes the writer add table parts; returns the function that attaches tables to one sheet. */
export function enableTables(workbook: ExcelJS.stream.xlsx.WorkbookWriter): (sheet: ExcelJS.Worksheet, tables: StreamTable[]) => void {
  const { TableXform, ListXform, TablePartXform, ContentTypesXform } = loadXforms();
  const wb = workbook as unknown as Internals;
  const targets: { target: string }[] = [];
  wb.addContentTypes = () => {
    const xml = new ContentTypesXform().toXml({
      worksheets: wb._worksheets.filter(Boolean),
      sharedStrings: wb.sharedStrings,
      commentRefs: wb.commentRefs,
      media: wb.media,
      tables: targets,
    });
    wb.zip.append(xml, { name: "[Content_Types].xml" });
    return Promise.resolve();
  };
  return (sheet, tables) => {
    if (!tables.length) return;
    const ws = sheet as unknown as SheetInternals;
    const ids: string[] = [];
    for (const table of tables) {
      const id = targets.length + 1;
      const target = `table${id}.xml`;
      targets.push({ target });
      const model = {
        id,
        name: table.name,
        displayName: table.name,
        tableRef: table.range,
        autoFilterRef: table.range,
        headerRow: true,
        totalsRow: false,
        style: { theme: table.theme, showFirstColumn: false, showLastColumn: false, showRowStripes: true, showColumnStripes: false },
        columns: table.columns.map((name, i) => (i === 0 ? { name, filterButton: true, totalsRowLabel: "Total" } : { name, filterButton: true, totalsRowFunction: "none" })),
      };
      const xform = new TableXform();
      xform.prepare(model, {});
      wb.zip.append(xform.toXml(model), { name: `xl/tables/${target}` });
      ids.push(ws._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${target}` }));
    }
    const writeLegacyData = ws._writeLegacyData.bind(ws);
    ws._writeLegacyData = () => {
      writeLegacyData();
      ws.stream.write(new ListXform({ tag: "tableParts", count: true, childXform: new TablePartXform() }).toXml(ids.map((rId) => ({ rId }))));
    };
  };
}
