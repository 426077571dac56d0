/**
 * Small .xlsx packages made part by part (fflate's zipSync), for the hostile-file tests
 * (test/xlsx/hostile.test.ts) and the heavy hostile files of scripts/hostile-bench.js. Hand-written
 * XML on purpose: the point is files no well-behaved writer makes.
 */
const { zipSync, strToU8 } = require("fflate");

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A worksheet part: rows as given (inner XML of <sheetData>), and what follows sheetData. */
function sheetXml(sheetData, after = "", before = "") {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}>${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/** A cell with inline text (escaped for XML; _xHHHH_ escapes pass through as Excel writes them). */
function textCell(ref, text) {
  const escaped = String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escaped}</t></is></c>`;
}

/**
 * A package: sheets [{ name, xml, state?, rels? }], optional shared strings (array of raw <si>
 * inner XML or plain strings), styles XML, extra parts { path: string | Uint8Array }, and parts to leave out.
 */
function buildXlsx({ sheets, sharedStrings, styles, extra = {}, omit = [], level = 6 }) {
  const parts = {};
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`;
  parts["_rels/.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["xl/workbook.xml"] = `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (sharedStrings) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (styles) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  parts["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml;
    if (s.rels) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = s.rels;
  });
  if (sharedStrings) {
    const items = sharedStrings.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`)).join("");
    parts["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${items}</sst>`;
  }
  if (styles) parts["xl/styles.xml"] = styles;
  Object.assign(parts, extra);
  for (const name of omit) delete parts[name];
  const files = {};
  for (const [name, content] of Object.entries(parts)) files[name] = [typeof content === "string" ? strToU8(content) : content, { level }];
  return zipSync(files);
}

/** Styles with these number formats, one cell style (xf) each in order: s="1" is the first. */
function stylesXml(formats) {
  const custom = formats.filter((f) => typeof f === "string");
  let next = 164;
  const ids = formats.map((f) => (typeof f === "number" ? f : next++));
  const numFmts = custom.length ? `<numFmts count="${custom.length}">${custom.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/>`).join("")}</numFmts>` : "";
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${numFmts}<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="${formats.length + 1}"><xf numFmtId="0"/>${ids.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join("")}</cellXfs></styleSheet>`;
}

/** The same package with a part's sizes in the zip's central directory changed (a lying header). */
function withDeclaredSize(zip, partName, uncompressed) {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = strToU8(partName);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    const stored = bytes.subarray(i + 46, i + 46 + length);
    if (stored.length === name.length && stored.every((b, j) => b === name[j])) {
      view.setUint32(i + 24, uncompressed, true);
      return bytes;
    }
  }
  throw new Error(`no central directory entry for ${partName}`);
}

/** A compound-file (CFB) header with a stream name in its directory: an .xls or an encrypted package's look. */
function cfbWith(streamName) {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < streamName.length; i++) bytes[1024 + i * 2] = streamName.charCodeAt(i);
  return bytes;
}

module.exports = { buildXlsx, sheetXml, textCell, stylesXml, withDeclaredSize, cfbWith };
