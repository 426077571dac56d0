/**
 * The .docx package is sound (what Word checks before it offers a repair): every part is
 * well-formed XML, has a content type, and every relationship points at a part that is there;
 * and it reads in a second, independent reader (mammoth). Unzipped with Node's zlib, parsed with
 * jsdom's XML parser: nothing of the docx library that wrote it.
 */
import { JSDOM } from "jsdom";
import mammoth from "mammoth";
import { estimatePageNumbers } from "docx/layout";
import { consolidate } from "../../src/core/consolidation";
import { buildPublication, publicationInput, readMasterContent } from "../../src/core/publication";
import { REGION_OFFICIAL_NAMES, type Region } from "../../src/core/regions";
import { publicationDocx } from "../../src/docx";
import type { SheetGrid } from "../../src/core/grid";
import { gridsOf, sampleInputs, sheet } from "../core/consolidation/helpers";
import { unzip } from "../support/zip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REGIONS_HERE: Region[] = ["Blekinge", "Gotland", "Örebro"];

function xml(part: Buffer, name: string): Document {
  try {
    return new JSDOM(part.toString("utf8"), { contentType: "application/xml" }).window.document;
  } catch (error) {
    throw new Error(`${name} is not well-formed XML: ${(error as Error).message}`);
  }
}

const byTag = (node: Document | Element, tag: string) => [...node.getElementsByTagNameNS(W, tag)];
const attr = (el: Element, name: string) => el.getAttributeNS(W, name) ?? el.getAttribute(`w:${name}`);

let parts: Map<string, Buffer>;
let plain: Uint8Array;
let estimated: Uint8Array;

beforeAll(async () => {
  const inputs = sampleInputs(REGIONS_HERE);
  // A row of no region, for the appendix's list of rejected rows.
  sheet((inputs[1] as { grids: SheetGrid[] }).grids, "Tabell 2").values.push(["Atlantis", "En insats i ingen region", "Prestation", "", "Mål 1"]);
  const result = consolidate(inputs, { runDate: "2024-03-01", validate: false });
  const input = publicationInput(readMasterContent(gridsOf(result)), { year: 2023, date: "2024-03-01", appendix: true });
  const doc = buildPublication(input);
  plain = await publicationDocx(doc);
  estimated = await publicationDocx(doc, { pageNumbers: estimatePageNumbers });
  parts = unzip(plain);
}, 120000);

test("every XML part is well-formed, has a content type, and every relationship's target is in the package", () => {
  const names = [...parts.keys()];
  expect(names).toEqual(expect.arrayContaining(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]));
  const docs = new Map(names.filter((n) => /\.(xml|rels)$/.test(n)).map((n) => [n, xml(parts.get(n)!, n)]));
  const types = docs.get("[Content_Types].xml")!;
  const defaults = new Set([...types.getElementsByTagName("Default")].map((d) => d.getAttribute("Extension")!.toLowerCase()));
  const overrides = new Set([...types.getElementsByTagName("Override")].map((o) => o.getAttribute("PartName")!.replace(/^\//, "")));
  for (const name of names.filter((n) => n !== "[Content_Types].xml")) {
    expect({ name, typed: overrides.has(name) || defaults.has(name.split(".").pop()!.toLowerCase()) }).toEqual({ name, typed: true });
  }
  for (const [name, rels] of docs) {
    if (!name.endsWith(".rels")) continue;
    const base = name.replace(/_rels\/[^/]*\.rels$/, "");
    for (const rel of [...rels.getElementsByTagName("Relationship")]) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      const target = rel.getAttribute("Target")!;
      const resolved = target.startsWith("/") ? target.slice(1) : new URL(target, `http://x/${base}`).pathname.slice(1);
      expect({ name, target: resolved, present: parts.has(resolved) }).toEqual({ name, target: resolved, present: true });
    }
  }
});

test("A4 pages: the tables landscape, table 8 and the front matter portrait; page numbers in the footers", () => {
  const document = xml(parts.get("word/document.xml")!, "document.xml");
  const sizes = byTag(document, "pgSz").map((s) => `${attr(s, "w")}×${attr(s, "h")} ${attr(s, "orient")}`);
  // Title, contents, tables 1–7, table 8, appendix (goal coverage and rejected rows).
  expect(sizes).toEqual([
    "11906×16838 portrait",
    "11906×16838 portrait",
    ...new Array(7).fill("16838×11906 landscape"),
    "11906×16838 portrait",
    "16838×11906 landscape",
  ]);
  const footers = [...parts.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n));
  const withNumbers = footers.filter((n) => {
    const instr = byTag(xml(parts.get(n)!, n), "instrText").map((i) => i.textContent!.trim());
    return instr.includes("PAGE") && instr.includes("NUMPAGES");
  });
  expect(withNumbers.length).toBe(sizes.length - 1);
});

test("every table's header row repeats on each page; headings are Word's heading styles; the contents is a TOC field with its entries", () => {
  const document = xml(parts.get("word/document.xml")!, "document.xml");
  const tables = byTag(document, "tbl");
  // Tables 1–7, goal coverage, rejected rows.
  expect(tables).toHaveLength(9);
  for (const table of tables) {
    const firstRow = [...table.childNodes].find((n) => (n as Element).localName === "tr") as Element;
    expect(byTag(firstRow, "tblHeader")).toHaveLength(1);
  }
  const styles = xml(parts.get("word/styles.xml")!, "styles.xml");
  const styleIds = byTag(styles, "style").map((s) => attr(s, "styleId"));
  expect(styleIds).toEqual(expect.arrayContaining(["Heading1", "Heading2"]));
  const headingTexts = (style: string) =>
    byTag(document, "p")
      .filter((p) => byTag(p, "pStyle").some((s) => attr(s, "val") === style))
      .map((p) => byTag(p, "t").map((t) => t.textContent).join(""));
  expect(headingTexts("Heading1").slice(0, 2)).toEqual(["Tabell 1. Likvärdiga möjligheter till boende, arbete och välfärd i hela landet", "Tabell 2. Kompetensförsörjning och kompetensutveckling i hela landet"]);
  expect(headingTexts("Heading2")).toEqual([...REGIONS_HERE.map((r) => REGION_OFFICIAL_NAMES[r]), "Målöversikt", "Rader som inte är med i sammanställningen"]);
  const instructions = byTag(document, "instrText").map((i) => i.textContent!.trim());
  expect(instructions.some((i) => /^TOC .*\\o "1-2"/.test(i))).toBe(true);
  // The entries are written, linked to the headings' bookmarks, so the contents is there before any update.
  const bookmarks = new Set(byTag(document, "bookmarkStart").map((b) => attr(b, "name")));
  const links = byTag(document, "hyperlink").map((h) => attr(h, "anchor"));
  expect(links.length).toBe(headingTexts("Heading1").length + headingTexts("Heading2").length);
  expect(links.every((l) => bookmarks.has(l))).toBe(true);
});

test("a second reader (mammoth) reads the document: headings, tables and text", async () => {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(plain) });
  expect(messages.filter((m) => m.type === "error")).toEqual([]);
  const page = new JSDOM(html).window.document;
  const h1 = [...page.querySelectorAll("h1")].map((h) => h.textContent);
  // Tables 1–8 and the appendix.
  expect(h1).toHaveLength(9);
  expect(h1[7]).toBe("Tabell 8. Fördelning av anslag 1:1 Regionala utvecklingsåtgärder");
  const firstTable = page.querySelector("table")!;
  expect([...firstTable.querySelectorAll("tr")[0].querySelectorAll("th, td")].map((c) => c.querySelector("p")?.textContent)).toEqual([
    "Region",
    "Namn på insats och kort beskrivning",
    "Resultat i form av uppnådda prestationer under året",
    "Om möjligt resultat i form av uppnådda effekter under året",
    "Mål",
  ]);
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(plain) });
  expect(text).toContain("Regionernas redovisning av regionalt utvecklingsarbete 2023");
});

test("with the page estimate, the contents carries page numbers that rise with the headings", () => {
  const document = xml(unzip(estimated).get("word/document.xml")!, "document.xml");
  const toc = byTag(document, "hyperlink").map((h) => Number(byTag(h, "t").pop()!.textContent));
  expect(toc.every((n) => Number.isInteger(n) && n >= 3)).toBe(true);
  expect(toc.every((n, i) => i === 0 || n >= toc[i - 1])).toBe(true);
});
