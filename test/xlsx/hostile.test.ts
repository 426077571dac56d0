/**
 * Hostile and odd files, made part by part in the test (no committed binaries): each is refused
 * with its kind and a message that names the problem (never a library's own words), or read in
 * bounded form. The heavy ones (a million rows, bombs of real size) are in scripts/hostile-bench.js.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { PassThrough } from "node:stream";
import { SaxesParser } from "saxes";
import * as XLSX from "xlsx";
import { sheetSpec } from "../../src/core/workbookSpec";
import { LIMITS, loadWorkbookBytes, REPLACEMENT_MARKER, WorkbookReadError, writeSpecToBuffer, writeSpecToStream } from "../../src/xlsx";
import { fixtures } from "./fixtures";
import { expectSameReasonInEnglish } from "./reasonOracle";

const { buildXlsx, sheetXml, textCell, stylesXml, withDeclaredSize, cfbWith } = fixtures;

async function failure(bytes: Uint8Array, file = "region.xlsx"): Promise<WorkbookReadError> {
  const caught = await loadWorkbookBytes(bytes, file).then(
    () => undefined,
    (error: unknown) => error
  );
  expect(caught).toBeInstanceOf(WorkbookReadError);
  const error = caught as WorkbookReadError;
  expect(error.message.startsWith(`${file}: `)).toBe(true);
  // Never a library's words.
  expect(error.message).not.toMatch(/Corrupted zip|Bug :|Cannot set properties|invalid zip|unexpected EOF|unmatched|\d+:\d+:|undefined/i);
  expect(error.message).toBe(`${error.file}: ${error.reason.sv}`);
  expectSameReasonInEnglish(error.reason);
  return error;
}


const simple = (sheetData: string, after = "") => buildXlsx({ sheets: [{ name: "Tabell 1", xml: sheetXml(sheetData, after) }] });
const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

describe("files that are not a workbook the product reads say what they are", () => {
  test("a password-protected or sensitivity-labelled workbook (encrypted package in a CFB container)", async () => {
    const error = await failure(cfbWith("EncryptedPackage"));
    expect(error.kind).toBe("encrypted");
    expect(error.message).toMatch(/lösenordsskyddad eller krypterad/);
  });

  test("an old .xls, whatever its name", async () => {
    for (const name of ["gammal.xls", "omdöpt.xlsx"]) {
      const error = await failure(cfbWith("Workbook"), name);
      expect(error.kind).toBe("xls");
      expect(error.message).toMatch(/äldre \.xls-formatet/);
    }
  });

  test("an OpenDocument spreadsheet", async () => {
    const ods = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<office:document-content/>") });
    const error = await failure(ods, "rapport.ods");
    expect(error.kind).toBe("ods");
    expect(error.message).toMatch(/OpenDocument-kalkylblad \(\.ods\)/);
  });

  test("a zip without a workbook, and a Word document", async () => {
    expect((await failure(zipSync({ "readme.txt": strToU8("hej") }))).kind).toBe("no-workbook");
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
    const docx = await failure(zipSync({ "_rels/.rels": strToU8(rels), "word/document.xml": strToU8(`<w:document xmlns:w="x"><w:body/></w:document>`) }));
    expect([docx.kind, docx.message]).toEqual(["no-workbook", "region.xlsx: den är ett Word-dokument (.docx), ingen Excel-arbetsbok."]);
  });

  test("a text file, an empty file, Excel's lock file", async () => {
    expect((await failure(strToU8("Region;Insats\nBlekinge;x"), "data.csv")).kind).toBe("not-zip");
    expect((await failure(new Uint8Array(0))).kind).toBe("empty");
    const lock = await failure(new Uint8Array(165), "~$Blekinge.xlsx");
    expect(lock.kind).toBe("lock-file");
    expect(lock.message).toMatch(/låsfil.*"Blekinge\.xlsx"/);
  });

  test("a zip cut short: damaged, without the zip library's message", async () => {
    const whole = simple(row(1, textCell("A1", "x")));
    const error = await failure(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(error.kind).toBe("damaged");
    expect(error.message).toMatch(/zip-arkivet är skadat/);
  });

  test("a malformed sheet names its part", async () => {
    const bad = buildXlsx({ sheets: [{ name: "Tabell 1", xml: `<worksheet><sheetData><row r="1"><c r="A1"></row></sheetData></worksheet>` }] });
    const error = await failure(bad);
    expect([error.kind, error.part]).toEqual(["damaged", "xl/worksheets/sheet1.xml"]);
    expect(error.message).toMatch(/^region\.xlsx: arbetsboken är skadad: delen xl\/worksheets\/sheet1\.xml är ingen giltig XML \(/);
  });

  test("a part whose compressed data is damaged names the part", async () => {
    const good = simple(row(1, textCell("A1", "x".repeat(2000))));
    const bytes = new Uint8Array(good);
    // Overwrite the middle of the sheet's compressed data.
    const at = Buffer.from(bytes).indexOf(Buffer.from("xl/worksheets/sheet1.xml")) + 30;
    bytes.fill(0xff, at, at + 40);
    const error = await failure(bytes);
    expect(error.kind).toBe("damaged");
    expect(error.part ?? "").toMatch(/sheet1\.xml/);
  });

  test("a DTD (XXE, entity expansion) is refused and nothing is resolved", async () => {
    const xxe = buildXlsx({
      sheets: [{ name: "Tabell 1", xml: sheetXml(row(1, `<c r="A1" t="s"><v>0</v></c>`)) }],
      extra: { "xl/sharedStrings.xml": `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst><si><t>&xxe;</t></si></sst>` },
      sharedStrings: [],
    });
    const error = await failure(xxe);
    expect([error.kind, error.part]).toEqual(["damaged", "xl/sharedStrings.xml"]);
    expect(error.message).toMatch(/DTD/);
  });
});

describe("stated limits, checked before the work and named in the message", () => {
  test("a part whose directory entry says it unpacks past the part limit: refused before inflating", async () => {
    const lying = withDeclaredSize(simple(row(1, textCell("A1", "x"))), "xl/worksheets/sheet1.xml", LIMITS.partBytes + 1);
    const error = await failure(lying);
    expect([error.kind, error.part]).toEqual(["limit", "xl/worksheets/sheet1.xml"]);
    expect(error.message).toMatch(/över gränsen 200 MB per del/);
  });

  test("a zip bomb (a part packed far beyond what XML packs)", async () => {
    const bomb = buildXlsx({ sheets: [{ name: "Tabell 1", xml: sheetXml(row(1, textCell("A1", "x")), " ".repeat(4 * 1024 * 1024)) }], level: 9 });
    const error = await failure(bomb);
    expect(error.kind).toBe("limit");
    expect(error.message).toMatch(/zip-bomb/);
  });

  test("a header that understates a part's size cannot make it larger: the cut part is damaged", async () => {
    const cut = withDeclaredSize(simple(row(1, textCell("A1", "text ".repeat(200)))), "xl/worksheets/sheet1.xml", 100);
    expect((await failure(cut)).kind).toBe("damaged");
  });

  test("a cell longer than Excel's 32,767 characters, with the cell named", async () => {
    const error = await failure(simple(row(4, textCell("A4", "ok") + textCell("C4", "x".repeat(LIMITS.cellChars + 1)))));
    expect(error.kind).toBe("limit");
    expect(error.message).toBe("region.xlsx: cellen Tabell 1!C4 har 32 768 tecken, fler än Excels gräns 32 767 tecken.");
  });

  test("more rows with content than the limit in one sheet", async () => {
    const rows: string[] = [];
    for (let r = 1; r <= LIMITS.rowsPerSheet + 1; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const error = await failure(simple(rows.join("")));
    expect(error.kind).toBe("limit");
    expect(error.message).toMatch(/bladet "Tabell 1" har fler än 100 000 rader med innehåll/);
  });

  test("more sheets than the limit", async () => {
    const sheets = Array.from({ length: LIMITS.sheets + 1 }, (_, i) => ({ name: `Blad${i + 1}`, xml: sheetXml("") }));
    const error = await failure(buildXlsx({ sheets }));
    expect(error.kind).toBe("limit");
    expect(error.message).toMatch(/201 blad, fler än gränsen 200 blad/);
  });
});

describe("ranges stay ranges; empty formatted cells cost nothing", () => {
  test("a dropdown over the whole sheet and one over a whole column are read as their ranges", async () => {
    const validations = `<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>Listor!$A$2:$A$22</formula1></dataValidation><dataValidation type="list" sqref="B1:B1048576 D4"><formula1>"Ja,Nej"</formula1></dataValidation></dataValidations>`;
    const loaded = await loadWorkbookBytes(simple(row(1, textCell("A1", "Region")), validations));
    expect(loaded.snapshot.sheets[0].validations).toEqual([
      { range: "A1:XFD1048576", source: "=Listor!$A$2:$A$22" },
      { range: "B1:B1048576", source: '="Ja,Nej"' },
      { range: "D4", source: '="Ja,Nej"' },
    ]);
  });

  test("dropdowns Excel 2010 writes in the extension list are read too", async () => {
    const ext = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Listor!$A$2:$A$22</xm:f></x14:formula1><xm:sqref>A4:A303</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;
    const loaded = await loadWorkbookBytes(simple(row(1, textCell("A1", "Region")) + row(4, `<c r="A4"><f>1+1</f><v>2</v></c>`), ext));
    expect(loaded.snapshot.sheets[0].validations).toEqual([{ range: "A4:A303", source: "=Listor!$A$2:$A$22" }]);
    expect(loaded.sheets[0].values[3]).toEqual([2]);
  });

  test("a cell pointing at a shared text that does not exist is damage, named", async () => {
    const bytes = buildXlsx({ sheets: [{ name: "Tabell 1", xml: sheetXml(row(4, `<c r="B4" t="s"><v>7</v></c>`)) }], sharedStrings: ["bara en"] });
    const error = await failure(bytes);
    expect([error.kind, error.part]).toEqual(["damaged", "xl/worksheets/sheet1.xml"]);
    expect(error.message).toMatch(/cellen B4 hänvisar till delad text nr 7, som saknas/);
  });

  test("formatted empty cells down to row 1,048,576 add no rows to the grid", async () => {
    const empty = [1000, 500000, 1048576].map((r) => `<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="E${r}" s="1"/></row>`).join("");
    const loaded = await loadWorkbookBytes(buildXlsx({ sheets: [{ name: "Tabell 1", xml: sheetXml(row(3, textCell("A3", "Region")) + empty) }], styles: stylesXml(["@"]) }));
    expect(loaded.sheets[0].values).toEqual([[], [], ["Region"]]);
  });
});

describe("a million formatted empty rows", () => {
  test("are dropped before parsing; rows with values among and after them keep their numbers", async () => {
    const parts: string[] = [row(3, textCell("A3", "Region"))];
    for (let r = 4; r <= 60000; r++) {
      if (r === 30000) parts.push(`<row r="${r}" spans="1:5"><c r="A${r}" s="1"/><c r="B${r}" s="1" t="s"><v>0</v></c></row>`);
      else parts.push(r % 2 ? `<row r="${r}" s="1" customFormat="1"/>` : `<row r="${r}" spans="1:5"><c r="A${r}" s="1"/><c r="E${r}" s="1"/></row>`);
    }
    parts.push(row(1048576, textCell("C1048576", "sist")));
    const xml = sheetXml(parts.join(""));
    expect(xml.length).toBeGreaterThan(1 << 20);
    const loaded = await loadWorkbookBytes(buildXlsx({ sheets: [{ name: "Tabell 1", xml }], sharedStrings: ["mitt i"], styles: stylesXml(["@"]) }));
    const values = loaded.sheets[0].values;
    expect(values.length).toBe(1048576);
    const filled = values.flatMap((cells, i) => (cells.length ? [[i + 1, cells]] : []));
    expect(filled).toEqual([[3, ["Region"]], [30000, [null, "mitt i"]], [1048576, [null, null, "sist"]]]);
  });
});

describe("characters XML cannot carry", () => {
  const strings = ["ok", "före_xFFFE_efter", "klocka_x0007_", "ensam _xD800_ surrogat", "rad_x000D__x000A_två"];
  const bytes = buildXlsx({
    sheets: [{ name: "Tabell 1", xml: sheetXml(row(4, [0, 1, 2, 3, 4].map((i) => `<c r="${"ABCDE"[i]}4" t="s"><v>${i}</v></c>`).join("") + textCell("F4", "inline_xFFFF_"))) }],
    sharedStrings: strings,
  });

  test("are replaced by a visible marker on reading, and each cell is reported", async () => {
    const loaded = await loadWorkbookBytes(bytes);
    const m = REPLACEMENT_MARKER;
    expect(loaded.sheets[0].values[3]).toEqual(["ok", `före${m}efter`, `klocka${m}`, `ensam ${m} surrogat`, "rad\r\ntvå", `inline${m}`]);
    expect(loaded.replacements).toEqual([
      { sheet: "Tabell 1", cell: "B4", characters: ["U+FFFE"] },
      { sheet: "Tabell 1", cell: "C4", characters: ["U+0007"] },
      { sheet: "Tabell 1", cell: "D4", characters: ["U+D800"] },
      { sheet: "Tabell 1", cell: "F4", characters: ["U+FFFF"] },
    ]);
  });

  test("are replaced on writing too, reported, and every written part is well-formed XML", async () => {
    const spec = { sheets: [sheetSpec("Blad\u0001", { values: [["a\uFFFEb", "c\u0000", "\uD83D\uDE00 hel", "halv \uDC00"]], textRanges: ["A1:D1"] })] };
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on("data", (c: Buffer) => chunks.push(c));
    const { replacements } = await writeSpecToStream(spec, sink);
    const written = new Uint8Array(Buffer.concat(chunks));
    expect(replacements).toEqual([
      { sheet: "Blad\u0001", cell: "bladnamn", characters: ["U+0001"] },
      { sheet: "Blad\uFFFD", cell: "A1", characters: ["U+FFFE"] },
      { sheet: "Blad\uFFFD", cell: "B1", characters: ["U+0000"] },
      { sheet: "Blad\uFFFD", cell: "D1", characters: ["U+DC00"] },
    ]);
    for (const [name, data] of Object.entries(unzipSync(written))) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const parser = new SaxesParser();
      let error: Error | undefined;
      parser.on("error", (e) => (error ??= e));
      parser.write(strFromU8(data)).close();
      expect([name, error?.message]).toEqual([name, undefined]);
    }
    const book = XLSX.read(written, { type: "array" });
    expect(XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]], { header: 1 })).toEqual([["a\uFFFDb", "c\uFFFD", "\uD83D\uDE00 hel", "halv \uFFFD"]]);
    expect(await writeSpecToBuffer(spec)).toBeInstanceOf(Uint8Array);
  });
});

describe("values as the user saw them", () => {
  // s=1 "0%", s=2 '#,##0 "kr"', s=3 built-in date 14, s=4 "0.00%", s=5 "#,##0.00", s=6 "yyyy-mm-dd hh:mm", s=7 "@"
  const styles = stylesXml([9, '#,##0 "kr"', 14, 10, 4, "yyyy-mm-dd hh:mm", 49]);
  const cells = [
    `<c r="A2" s="1"><v>0.12</v></c>`,
    `<c r="B2" s="2"><v>1234567.891</v></c>`,
    `<c r="C2" s="3"><v>45291</v></c>`,
    `<c r="D2" s="4"><v>0.0525</v></c>`,
    `<c r="E2" s="5"><v>-1234.5</v></c>`,
    `<c r="F2" s="6"><v>45291.5</v></c>`,
    `<c r="G2" s="7"><v>42</v></c>`,
    `<c r="H2"><v>0.25</v></c>`,
    `<c r="I2" t="b"><v>1</v></c>`,
    `<c r="J2" t="e"><v>#N/A</v></c>`,
    `<c r="K2"><f>1+1</f><v>2</v></c>`,
    `<c r="L2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>`,
    `<c r="M2"><f>NOW()</f></c>`,
  ].join("");
  const bytes = buildXlsx({ sheets: [{ name: "Tabell 1", xml: sheetXml(row(1, textCell("A1", "Rubrik")) + row(2, cells)) }], styles });

  test("numbers under a format are their displayed text; General numbers stay numbers", async () => {
    const loaded = await loadWorkbookBytes(bytes);
    expect(loaded.sheets[0].values[1]).toEqual(["12%", "1 234 568 kr", "2023-12-31", "5,25%", "-1 234,50", "2023-12-31 12:00", 42, 0.25, true, "#N/A", 2, "ab"]);
  });

  test("and every cell that was not text is listed with its kind, stored value and what was shown", async () => {
    const { nonText } = (await loadWorkbookBytes(bytes)).sheets[0];
    expect(nonText.map((c) => [c.cell, c.kind, c.value, c.shown])).toEqual([
      ["A2", "number", 0.12, "12%"],
      ["B2", "number", 1234567.891, "1 234 568 kr"],
      ["C2", "date", 45291, "2023-12-31"],
      ["D2", "number", 0.0525, "5,25%"],
      ["E2", "number", -1234.5, "-1 234,50"],
      ["F2", "date", 45291.5, "2023-12-31 12:00"],
      ["G2", "number", 42, "42"],
      ["H2", "number", 0.25, "0,25"],
      ["I2", "boolean", true, "SANT"],
      ["J2", "error", "#N/A", "#N/A"],
      ["K2", "formula", 2, "2"],
      ["L2", "formula", "ab", "ab"],
    ]);
  });
});

describe("merged ranges", () => {
  test("are given to the caller; the value stays in the top-left cell and the rest of the block reads as empty", async () => {
    const data = row(3, textCell("A3", "Insats under sammanfogning") + textCell("B3", "dold")) + row(4, textCell("A4", "dold också") + textCell("F4", "utanför"));
    const loaded = await loadWorkbookBytes(simple(data, `<mergeCells count="2"><mergeCell ref="A3:E4"/><mergeCell ref="A1:XFD1"/></mergeCells>`));
    expect(loaded.sheets[0].merges).toEqual(["A3:E4", "A1:XFD1"]);
    expect(loaded.sheets[0].values).toEqual([[], [], ["Insats under sammanfogning", null], [null, null, null, null, null, "utanför"]]);
  });
});

describe("sheets", () => {
  test("keep their order and visibility; a sheet without a part reads as empty, a frozen pane as its rows", async () => {
    const frozen = `<sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;
    const loaded = await loadWorkbookBytes(
      buildXlsx({
        sheets: [
          { name: "Dold", xml: sheetXml(row(1, textCell("A1", "x"))), state: "hidden" },
          { name: "Tabell 1", xml: sheetXml(row(1, textCell("A1", "y")), "", frozen) },
          { name: "Mycket dold", xml: sheetXml(""), state: "veryHidden" },
        ],
      })
    );
    expect(loaded.snapshot.sheets.map((s) => [s.name, s.hidden, s.frozenRows])).toEqual([["Dold", true, 0], ["Tabell 1", false, 3], ["Mycket dold", true, 0]]);
  });
});
