/**
 * The print layout as it lands in the .xlsx file, read from the file's own XML (Node's zlib and
 * jsdom's XML parser, not exceljs): page setup, fit to width, print titles, footer, row heights.
 */
import { JSDOM } from "jsdom";
import { consolidate } from "../../src/core/consolidation";
import { buildTemplate } from "../../src/core/template";
import { writeSpecToBuffer } from "../../src/xlsx";
import { sampleInputs } from "../core/consolidation/helpers";
import { unzip } from "../support/zip";

const parse = (xml: Buffer) => new JSDOM(xml.toString("utf8"), { contentType: "application/xml" }).window.document;

/** Each sheet's XML by sheet name, and the workbook's defined names. */
function sheetsOf(bytes: Uint8Array) {
  const parts = unzip(bytes);
  const workbook = parse(parts.get("xl/workbook.xml")!);
  const rels = parse(parts.get("xl/_rels/workbook.xml.rels")!);
  const target = new Map([...rels.getElementsByTagName("Relationship")].map((r) => [r.getAttribute("Id"), r.getAttribute("Target")!.replace(/^\/?(xl\/)?/, "xl/")]));
  const sheets = [...workbook.getElementsByTagName("sheet")].map((s) => ({
    name: s.getAttribute("name")!,
    xml: parse(parts.get(target.get(s.getAttribute("r:id") ?? s.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"))!)!),
  }));
  const names = [...workbook.getElementsByTagName("definedName")].map((d) => ({ name: d.getAttribute("name"), sheet: Number(d.getAttribute("localSheetId")), text: d.textContent }));
  return { sheets, names };
}

const one = (doc: Document, tag: string) => doc.getElementsByTagName(tag)[0];

describe("the master as a file", () => {
  let file: ReturnType<typeof sheetsOf>;
  beforeAll(async () => {
    const result = consolidate(sampleInputs(["Blekinge", "Gotland"]), { validate: false, runDate: "2024-03-01" });
    file = sheetsOf(await writeSpecToBuffer(result.spec));
  }, 60_000);

  test("each table sheet: A4 (paper 9) landscape, fit to one page wide and any number tall, footer with page numbers", () => {
    for (const { name, xml } of file.sheets.filter((s) => /^Tabell \d+$/.test(s.name))) {
      const setup = one(xml, "pageSetup");
      expect({ name, orientation: setup.getAttribute("orientation"), paper: setup.getAttribute("paperSize"), wide: setup.getAttribute("fitToWidth"), tall: setup.getAttribute("fitToHeight") }).toEqual({
        name,
        orientation: "landscape",
        paper: "9",
        wide: "1",
        tall: "0",
      });
      expect(one(xml, "pageSetUpPr").getAttribute("fitToPage")).toBe("1");
      expect(one(xml, "oddFooter").textContent).toBe("&L&A&RSida &P av &N");
    }
  });

  test("the heading row is each table sheet's print title", () => {
    const titles = file.names.filter((n) => n.name === "_xlnm.Print_Titles");
    for (const [index, { name }] of file.sheets.entries()) {
      if (!/^Tabell \d+$/.test(name)) continue;
      expect(titles.find((t) => t.sheet === index)?.text).toBe(`'${name}'!$3:$3`);
    }
  });

  test("rows with long text have their height, marked as set by hand", () => {
    const { xml } = file.sheets.find((s) => s.name === "Tabell 8")!;
    const rows = [...xml.getElementsByTagName("row")].filter((r) => Number(r.getAttribute("r")) > 3);
    expect(rows.length).toBe(12);
    for (const row of rows) {
      expect(row.getAttribute("customHeight")).toBe("1");
      expect(Number(row.getAttribute("ht"))).toBeGreaterThan(15);
      expect(Number(row.getAttribute("ht"))).toBeLessThanOrEqual(409);
    }
  });
});

test("the regional template as a file: every visible sheet landscape A4, one page wide", async () => {
  const file = sheetsOf(await writeSpecToBuffer(buildTemplate({ region: "Kalmar", year: 2024, created: "2024-01-15" })));
  for (const { name, xml } of file.sheets) {
    const setup = one(xml, "pageSetup");
    if (name === "Listor") continue;
    expect({ name, orientation: setup?.getAttribute("orientation"), wide: setup?.getAttribute("fitToWidth") }).toEqual({ name, orientation: "landscape", wide: "1" });
  }
});
