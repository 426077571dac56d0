/**
 * Readers of written .xlsx files that are not the product's reader: SheetJS (values, sheet order
 * and visibility, hidden columns, number formats), exceljs's full reader (styles of every cell,
 * widths) and the package's XML itself (tables, dropdowns, frozen panes, print setup), read with
 * fflate and regular expressions. Tests compare masters through all three.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import * as XLSX from "xlsx";

export interface SheetView {
  name: string;
  hidden: boolean;
  values: unknown[][];
  hiddenColumns: number[];
  /** Number format of every cell that has one other than General, by address. */
  formats: Record<string, string>;
}

export function sheetjsView(bytes: Uint8Array): SheetView[] {
  const book = XLSX.read(bytes, { type: "array", cellNF: true, cellStyles: true, dense: false });
  return book.SheetNames.map((name, i) => {
    const sheet = book.Sheets[name];
    const values = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
    while (values.length && (values[values.length - 1] as unknown[]).every((v) => v === null || v === "")) values.pop();
    const formats: Record<string, string> = {};
    for (const [address, cell] of Object.entries(sheet)) {
      if (address.startsWith("!")) continue;
      const z = (cell as XLSX.CellObject).z;
      if (z !== undefined && z !== "General") formats[address] = String(z);
    }
    const hiddenColumns = (sheet["!cols"] ?? []).flatMap((c, index) => (c?.hidden ? [index + 1] : []));
    return { name, hidden: !!book.Workbook?.Sheets?.[i]?.Hidden, values, hiddenColumns, formats };
  });
}

export interface StyleView {
  sheet: string;
  widths: (number | undefined)[];
  cells: Record<string, { type: number; value: unknown; numFmt?: string; bold?: boolean; size?: number; fill?: string; wrap?: boolean; vertical?: string }>;
}

export async function exceljsView(bytes: Uint8Array): Promise<StyleView[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((ws) => {
    const cells: StyleView["cells"] = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        cells[cell.address] = {
          type: cell.type,
          value: cell.value,
          ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
          ...(cell.font?.bold ? { bold: true } : {}),
          ...(cell.font?.size ? { size: cell.font.size } : {}),
          ...(fill?.fgColor?.argb ? { fill: fill.fgColor.argb } : {}),
          ...(cell.alignment?.wrapText ? { wrap: true } : {}),
          ...(cell.alignment?.vertical ? { vertical: cell.alignment.vertical } : {}),
        };
      })
    );
    const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width);
    return { sheet: ws.name, widths, cells };
  });
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export interface XmlView {
  sheet: string;
  tables: { name?: string; ref?: string; columns: (string | undefined)[] }[];
  validations: { type?: string; sqref?: string; formula?: string }[];
  frozen: { state?: string; ySplit?: string } | null;
  columns: { min?: string; max?: string; width?: string; hidden?: string }[];
  pageSetup: { orientation?: string; fitToWidth?: string; fitToHeight?: string } | null;
  fitToPage: boolean;
}

/** The parts themselves: which tables, dropdowns, panes, column definitions and print setup each sheet has. */
export function xmlView(bytes: Uint8Array): { sheets: XmlView[]; definedNames: string[]; parts: Record<string, string> } {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) parts[name.replace(/^\//, "")] = strFromU8(data);
  const workbook = parts["xl/workbook.xml"];
  const rels = parts["xl/_rels/workbook.xml.rels"];
  const target = (xml: string, id: string) => new RegExp(`<Relationship[^>]*Id="${id}"[^>]*Target="([^"]*)"|<Relationship[^>]*Target="([^"]*)"[^>]*Id="${id}"`).exec(xml);
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const m = target(rels, attr(tag, "r:id")!)!;
    const path = `xl/${(m[1] ?? m[2]).replace(/^\/?xl\//, "")}`;
    const xml = parts[path];
    const sheetRels = parts[path.replace(/worksheets\//, "worksheets/_rels/") + ".rels"] ?? "";
    const tables = [...xml.matchAll(/<tablePart\b[^>]*>/g)].map(([part]) => {
      const t = target(sheetRels, attr(part, "r:id")!)!;
      const tableXml = parts[`xl/tables/${(t[1] ?? t[2]).split("/").pop()}`];
      const head = /<table\b[^>]*>/.exec(tableXml)![0];
      return { name: attr(head, "name"), ref: attr(head, "ref"), columns: [...tableXml.matchAll(/<tableColumn\b[^>]*>/g)].map(([c]) => attr(c, "name")) };
    });
    const validations = [...xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map(([, attrs, body]) => ({
      type: attr(` ${attrs}`, "type"),
      sqref: attr(` ${attrs}`, "sqref"),
      formula: /<formula1>([\s\S]*?)<\/formula1>/.exec(body)?.[1],
    }));
    const pane = /<pane\b[^>]*>/.exec(xml)?.[0];
    const setup = /<pageSetup\b[^>]*>/.exec(xml)?.[0];
    return {
      sheet: attr(tag, "name")!,
      tables,
      validations,
      frozen: pane ? { state: attr(pane, "state"), ySplit: attr(pane, "ySplit") } : null,
      columns: [...xml.matchAll(/<col\b[^>]*>/g)].map(([c]) => ({ min: attr(c, "min"), max: attr(c, "max"), width: attr(c, "width"), hidden: attr(c, "hidden") })),
      pageSetup: setup ? { orientation: attr(setup, "orientation"), fitToWidth: attr(setup, "fitToWidth"), fitToHeight: attr(setup, "fitToHeight") } : null,
      fitToPage: /<pageSetUpPr\b[^>]*fitToPage="1"/.test(xml),
    };
  });
  const definedNames = [...workbook.matchAll(/<definedName\b[^>]*name="([^"]*)"[^>]*>([^<]*)</g)].map(([, name, value]) => `${name}=${value.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&")}`);
  return { sheets, definedNames, parts };
}
