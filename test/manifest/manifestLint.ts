/**
 * Offline checks of the add-in manifest, used by manifest.test.ts.
 *
 * - validateManifestXsd: XML Schema validation against the vendored XSDs in ./xsd
 *   (xmllint compiled to WebAssembly; no network, no native libxml2 needed).
 * - lintManifest: what the schemas cannot express: every resid names a resource of
 *   the right kind, ids are unique, every URL is https, icons exist in assets/ with
 *   the pixel size the manifest claims, plus the project's own expectations
 *   (ExcelApi requirement, ReadWriteDocument, SupportUrl and AppDomains, every English
 *   text for both en-US and en-GB, icons of 16, 20, 32, 64 and 80 px with one set per
 *   button, and the ribbon: one group named after the add-in on the Home tab with the
 *   two buttons, as Microsoft recommends for fewer than six commands).
 *
 * XML is parsed with jsdom's XML parser (jsdom comes with jest-environment-jsdom).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { JSDOM } from "jsdom";
import { validateXML, XMLValidationError } from "xmllint-wasm";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const MANIFEST_PATH = path.join(REPO_ROOT, "manifest.xml");
export const ASSETS_DIR = path.join(REPO_ROOT, "assets");
export const XSD_DIR = path.join(__dirname, "xsd");
const ENTRY_XSD = "OfficeAppManifestV1_1.xsd";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

// ---------------------------------------------------------------------------
// XSD validation

export interface XsdResult {
  valid: boolean;
  errors: string[];
}

/** Validates manifest XML text against the vendored Office manifest schemas. */
export async function validateManifestXsd(xml: string, fileName = "manifest.xml"): Promise<XsdResult> {
  const xsdFiles = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  if (!xsdFiles.includes(ENTRY_XSD)) throw new Error(`missing ${ENTRY_XSD} in ${XSD_DIR}`);
  const read = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [read(ENTRY_XSD)],
    preload: xsdFiles.filter((f) => f !== ENTRY_XSD).map(read),
  });
  return { valid: result.valid, errors: result.errors.map((e: XMLValidationError) => e.rawMessage) };
}

// ---------------------------------------------------------------------------
// PNG

export interface PngInfo {
  width: number;
  height: number;
}

/**
 * Reads a PNG's size from IHDR after checking it is a real, decodable PNG:
 * signature, IHDR first, IEND last, and (for 8-bit non-interlaced images) that the
 * IDAT stream inflates to exactly height * (1 + width * channels) bytes.
 * Throws with a reason if it is not.
 */
export function readPng(buf: Buffer): PngInfo {
  const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG (bad signature)");
  const chunks: { type: string; data: Buffer }[] = [];
  for (let off = 8; off < buf.length; ) {
    if (off + 12 > buf.length) throw new Error("truncated chunk");
    const len = buf.readUInt32BE(off);
    const type = buf.toString("latin1", off + 4, off + 8);
    if (off + 12 + len > buf.length) throw new Error(`truncated ${type} chunk`);
    chunks.push({ type, data: buf.subarray(off + 8, off + 8 + len) });
    off += 12 + len;
  }
  if (chunks[0]?.type !== "IHDR" || chunks[0].data.length !== 13) throw new Error("first chunk is not IHDR");
  if (chunks[chunks.length - 1].type !== "IEND") throw new Error("last chunk is not IEND");
  const ihdr = chunks[0].data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const bitDepth = ihdr[8];
  const colourType = ihdr[9];
  const interlace = ihdr[12];
  const channels: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };
  const idat = Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data));
  if (idat.length === 0) throw new Error("no IDAT chunk");
  const raw = zlib.inflateSync(idat);
  if (bitDepth === 8 && interlace === 0 && channels[colourType] !== undefined) {
    const expected = height * (1 + width * channels[colourType]);
    if (raw.length !== expected) throw new Error(`image data is ${raw.length} bytes, expected ${expected}`);
  }
  return { width, height };
}

// ---------------------------------------------------------------------------
// Manifest lint

export type Rule =
  | "parse"
  | "resource-ids"
  | "resid"
  | "https"
  | "icons"
  | "requirements"
  | "permissions"
  | "support"
  | "locales"
  | "ribbon";

export interface Problem {
  rule: Rule;
  message: string;
}

type ResourceKind = "image" | "url" | "short" | "long";

interface Resource {
  kind: ResourceKind;
  id: string;
  defaultValue: string;
  el: Element;
}

/** Which kind of resource a resid on an element of this local name must name. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "image",
  FunctionFile: "url",
  SourceLocation: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Namespace: "short",
  Description: "long",
};

const KIND_NAME: Record<ResourceKind, string> = {
  image: "bt:Images/bt:Image",
  url: "bt:Urls/bt:Url",
  short: "bt:ShortStrings/bt:String",
  long: "bt:LongStrings/bt:String",
};

export function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: "application/xml" }).window.document;
}

function children(el: Element, ns: string, localName: string): Element[] {
  return Array.from(el.children).filter((c) => c.namespaceURI === ns && c.localName === localName);
}

function child(el: Element | undefined, ns: string, localName: string): Element | undefined {
  return el ? children(el, ns, localName)[0] : undefined;
}

function descendants(root: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

/** A readable location such as OfficeApp/VersionOverrides/.../Control[Regionrapport.OpenButton]/Label. */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const id = e.getAttribute("id");
    parts.unshift(id ? `${e.localName}[${id}]` : e.localName);
  }
  return parts.join("/");
}

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

function versionAtLeast(actual: string, min: string): boolean {
  const a = actual.split(".").map(Number);
  const b = min.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** Sizes every ribbon icon comes in: 16, 32 and 80 are required by Office; 20 and 64 serve 125 % and 200 % scaling. */
export const ICON_SIZES = ["16", "20", "32", "64", "80"];

export interface LintOptions {
  /** Folder holding the icon files; URLs .../assets/<file> are looked up here. */
  assetsDir?: string;
}

/** Lints manifest XML text. Returns the problems found (empty when all is well). */
export function lintManifest(xml: string, options: LintOptions = {}): Problem[] {
  const assetsDir = options.assetsDir ?? ASSETS_DIR;
  const problems: Problem[] = [];
  const report = (rule: Rule, message: string) => problems.push({ rule, message });

  let doc: Document;
  try {
    doc = parseXml(xml);
  } catch (e) {
    return [{ rule: "parse", message: `manifest.xml is not well-formed XML: ${(e as Error).message}` }];
  }
  const root = doc.documentElement;
  if (root.namespaceURI !== NS.app || root.localName !== "OfficeApp") {
    return [{ rule: "parse", message: `root element is {${root.namespaceURI}}${root.localName}, expected OfficeApp` }];
  }
  const versionOverrides = child(root, NS.ov, "VersionOverrides");
  const resourcesEl = child(versionOverrides, NS.ov, "Resources");

  // --- resources: collect, ids unique --------------------------------------
  const resources = new Map<string, Resource>();
  const groups: [ResourceKind, string, string][] = [
    ["image", "Images", "Image"],
    ["url", "Urls", "Url"],
    ["short", "ShortStrings", "String"],
    ["long", "LongStrings", "String"],
  ];
  for (const [kind, groupName, itemName] of groups) {
    for (const group of resourcesEl ? children(resourcesEl, NS.bt, groupName) : []) {
      for (const item of children(group, NS.bt, itemName)) {
        const id = item.getAttribute("id") ?? "";
        const previous = resources.get(id);
        if (previous) {
          report(
            "resource-ids",
            `resource id "${id}" is defined twice (${KIND_NAME[previous.kind]} and ${KIND_NAME[kind]})`,
          );
          continue;
        }
        resources.set(id, { kind, id, defaultValue: item.getAttribute("DefaultValue") ?? "", el: item });
      }
    }
  }

  // --- every resid names a resource of the right kind ----------------------
  const used = new Set<string>();
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const resid = el.getAttribute("resid");
    if (resid === null) continue;
    used.add(resid);
    const res = resources.get(resid);
    const kind = RESID_KIND[el.localName];
    if (!res) {
      const where = kind ? ` (expected a ${KIND_NAME[kind]})` : "";
      report("resid", `resid "${resid}" at ${elementPath(el)} names no resource under Resources${where}`);
    } else if (kind && res.kind !== kind) {
      report(
        "resid",
        `resid "${resid}" at ${elementPath(el)} names a ${KIND_NAME[res.kind]} but must name a ${KIND_NAME[kind]}`,
      );
    }
  }
  for (const res of Array.from(resources.values())) {
    if (!used.has(res.id)) report("resource-ids", `resource "${res.id}" (${KIND_NAME[res.kind]}) is never used`);
  }

  // --- control, group and tab ids unique ------------------------------------
  const uiIds = new Map<string, string>();
  for (const name of ["CustomTab", "Group", "Control"]) {
    for (const el of descendants(doc, NS.ov, name)) {
      const id = el.getAttribute("id") ?? "";
      const seen = uiIds.get(id);
      if (seen) report("resource-ids", `id "${id}" is used by both ${seen} and ${name}`);
      else uiIds.set(id, name);
    }
  }

  // --- every URL is https ---------------------------------------------------
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === "xmlns" || attr.prefix === "xmlns") continue; // namespace names, not URLs
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value) && !isHttps(attr.value)) {
        report("https", `${elementPath(el)} @${attr.name} is not an https URL: ${attr.value}`);
      }
    }
    const text = el.children.length === 0 ? (el.textContent ?? "").trim() : "";
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !isHttps(text)) {
      report("https", `${elementPath(el)} is not an https URL: ${text}`);
    }
  }
  // URL-typed settings must be absolute https URLs even if they do not look like one.
  const urlSettings = [
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].flatMap((n) => children(root, NS.app, n)),
    ...children(child(root, NS.app, "DefaultSettings") ?? root, NS.app, "SourceLocation"),
    ...Array.from(resources.values())
      .filter((r) => r.kind === "url" || r.kind === "image")
      .map((r) => r.el),
  ];
  for (const el of urlSettings) {
    const values = [el.getAttribute("DefaultValue") ?? "", ...children(el, el.namespaceURI ?? "", "Override").map((o) => o.getAttribute("Value") ?? "")];
    for (const v of values) {
      if (!isHttps(v)) report("https", `${elementPath(el)} must be an absolute https URL, got "${v}"`);
    }
  }

  // --- icons: exist in assets/ with the size the manifest claims -------------
  const iconChecks: { where: string; url: string; sizes: number[] }[] = [];
  const topIcon = child(root, NS.app, "IconUrl");
  if (topIcon) iconChecks.push({ where: "IconUrl", url: topIcon.getAttribute("DefaultValue") ?? "", sizes: [32] });
  else report("icons", "IconUrl is missing");
  const hiRes = child(root, NS.app, "HighResolutionIconUrl");
  // Microsoft's manifest reference: task pane IconUrl 32 x 32, HighResolutionIconUrl 64 x 64.
  if (hiRes) iconChecks.push({ where: "HighResolutionIconUrl", url: hiRes.getAttribute("DefaultValue") ?? "", sizes: [64] });
  else report("icons", "HighResolutionIconUrl is missing");
  for (const ref of descendants(doc, NS.bt, "Image").filter((e) => e.hasAttribute("resid"))) {
    const res = resources.get(ref.getAttribute("resid") ?? "");
    if (!res || res.kind !== "image") continue; // reported under "resid"
    const size = Number(ref.getAttribute("size"));
    iconChecks.push({ where: `${elementPath(ref)} (size ${size})`, url: res.defaultValue, sizes: [size] });
  }
  for (const icon of Array.from(doc.getElementsByTagNameNS(NS.ov, "Icon"))) {
    const sizes = children(icon, NS.bt, "Image").map((i) => i.getAttribute("size"));
    for (const required of ICON_SIZES) {
      if (!sizes.includes(required)) report("icons", `${elementPath(icon)} has no ${required} px image`);
    }
  }
  const pngCache = new Map<string, PngInfo | string>();
  for (const check of iconChecks) {
    let pathname: string;
    try {
      pathname = new URL(check.url).pathname;
    } catch {
      report("icons", `${check.where}: "${check.url}" is not a URL`);
      continue;
    }
    const m = /\/assets\/([^/]+\.png)$/.exec(pathname);
    if (!m) {
      report("icons", `${check.where}: ${check.url} does not point at a PNG in /assets/`);
      continue;
    }
    const file = path.join(assetsDir, m[1]);
    if (!pngCache.has(file)) {
      try {
        pngCache.set(file, readPng(fs.readFileSync(file)));
      } catch (e) {
        pngCache.set(file, (e as Error).message);
      }
    }
    const info = pngCache.get(file);
    if (typeof info === "string") {
      report("icons", `${check.where}: ${path.relative(REPO_ROOT, file)}: ${info}`);
    } else if (info && !(info.width === info.height && check.sizes.includes(info.width))) {
      report(
        "icons",
        `${check.where}: ${path.relative(REPO_ROOT, file)} is ${info.width}x${info.height}, expected ${check.sizes
          .map((s) => `${s}x${s}`)
          .join(" or ")}`,
      );
    }
  }

  // --- Requirements declare ExcelApi (>= 1.8) --------------------------------
  const sets = child(child(root, NS.app, "Requirements"), NS.app, "Sets");
  const excelApi = sets ? children(sets, NS.app, "Set").find((s) => s.getAttribute("Name") === "ExcelApi") : undefined;
  if (!excelApi) {
    report("requirements", "Requirements/Sets has no <Set Name=\"ExcelApi\">");
  } else {
    const version = excelApi.getAttribute("MinVersion") ?? sets?.getAttribute("DefaultMinVersion") ?? "1.1";
    if (!versionAtLeast(version, "1.8")) {
      report("requirements", `ExcelApi MinVersion is ${version}; data validation and freeze panes need 1.8`);
    }
  }

  // --- Permissions ----------------------------------------------------------
  const permissions = child(root, NS.app, "Permissions")?.textContent?.trim();
  if (permissions !== "ReadWriteDocument") {
    report("permissions", `Permissions is "${permissions ?? "(missing)"}", expected ReadWriteDocument`);
  }

  // --- ribbon: the Öppna and Validera buttons ---------------------------------
  const text = (el: Element | undefined): string | undefined => {
    const res = resources.get(el?.getAttribute("resid") ?? "");
    return res?.defaultValue;
  };
  const buttons = descendants(doc, NS.ov, "Control").filter((c) => xsiType(c) === "Button");
  const byLabel = new Map(buttons.map((b) => [text(child(b, NS.ov, "Label")) ?? "", b]));
  // Microsoft: "Place commands on the Home tab if the functionality doesn't fit on another tab, and you have
  // fewer than six top-level commands" and "Name your group to match the name of your add-in".
  const customTabs = descendants(doc, NS.ov, "CustomTab");
  if (customTabs.length) report("ribbon", `expected no CustomTab (two commands belong on the Home tab), found ${customTabs.length}`);
  const officeTabs = descendants(doc, NS.ov, "OfficeTab");
  if (officeTabs.length !== 1 || officeTabs[0].getAttribute("id") !== "TabHome") {
    report("ribbon", `expected one OfficeTab id="TabHome", found ${officeTabs.map((t) => t.getAttribute("id")).join(", ") || "none"}`);
  }
  const ribbonGroups = descendants(doc, NS.ov, "Group");
  if (ribbonGroups.length !== 1) report("ribbon", `expected one Group, found ${ribbonGroups.length}`);
  for (const group of ribbonGroups) {
    const label = text(child(group, NS.ov, "Label"));
    if (label !== "Regionrapport") report("ribbon", `Group label is "${label}", expected "Regionrapport" (the add-in's name)`);
  }
  // One icon per button: the buttons' images must be different files.
  const iconFiles = buttons.map((b) =>
    children(child(b, NS.ov, "Icon") ?? b, NS.bt, "Image")
      .map((i) => resources.get(i.getAttribute("resid") ?? "")?.defaultValue ?? "")
      .sort()
      .join(" "),
  );
  if (new Set(iconFiles).size !== iconFiles.length) report("icons", "two buttons share the same icon images; each button needs its own");
  if (buttons.length !== 2) {
    report("ribbon", `expected 2 buttons, found ${buttons.length}: ${Array.from(byLabel.keys()).join(", ")}`);
  }
  const open = byLabel.get("Öppna");
  const openAction = child(open, NS.ov, "Action");
  if (!open) {
    report("ribbon", 'no button labelled "Öppna"');
  } else if (!openAction || xsiType(openAction) !== "ShowTaskpane") {
    report("ribbon", `"Öppna" must have Action xsi:type="ShowTaskpane", has ${openAction ? xsiType(openAction) : "none"}`);
  } else {
    const taskpaneId = child(openAction, NS.ov, "TaskpaneId")?.textContent?.trim();
    if (taskpaneId !== "ButtonId1") report("ribbon", `"Öppna" TaskpaneId is "${taskpaneId}", expected ButtonId1`);
    const src = text(child(openAction, NS.ov, "SourceLocation"));
    if (!src || !/\/taskpane\.html$/.test(src)) report("ribbon", `"Öppna" opens "${src}", expected .../taskpane.html`);
  }
  const validate = byLabel.get("Validera");
  const validateAction = child(validate, NS.ov, "Action");
  if (!validate) {
    report("ribbon", 'no button labelled "Validera"');
  } else if (!validateAction || xsiType(validateAction) !== "ExecuteFunction") {
    report(
      "ribbon",
      `"Validera" must have Action xsi:type="ExecuteFunction", has ${validateAction ? xsiType(validateAction) : "none"}`,
    );
  } else {
    const fn = child(validateAction, NS.ov, "FunctionName")?.textContent?.trim();
    if (fn !== "validate") report("ribbon", `"Validera" FunctionName is "${fn}", expected validate`);
    const functionFiles = descendants(doc, NS.ov, "FunctionFile");
    const commandsUrl = functionFiles.length === 1 ? text(functionFiles[0]) : undefined;
    if (!commandsUrl || !/\/commands\.html$/.test(commandsUrl)) {
      report("ribbon", `an ExecuteFunction button needs one FunctionFile pointing at .../commands.html, got "${commandsUrl}"`);
    }
  }
  for (const b of buttons) {
    const tip = child(b, NS.ov, "Supertip");
    if (!text(child(tip, NS.ov, "Title")) || !text(child(tip, NS.ov, "Description"))) {
      report("ribbon", `${elementPath(b)} needs a Supertip with Title and Description`);
    }
  }

  // --- SupportUrl and AppDomains ---------------------------------------------
  const supportUrl = child(root, NS.app, "SupportUrl")?.getAttribute("DefaultValue");
  if (!supportUrl) report("support", "SupportUrl is missing (the admin center and AppSource show it)");
  const appDomains = children(child(root, NS.app, "AppDomains") ?? root, NS.app, "AppDomain").map((d) => (d.textContent ?? "").trim());
  if (!appDomains.length) report("support", "AppDomains is missing");
  for (const domain of appDomains) {
    let origin = "";
    try {
      origin = new URL(domain).origin;
    } catch {
      // reported below
    }
    if (origin !== domain) report("support", `AppDomain "${domain}" must be an origin such as https://host (no path)`);
  }
  const source = child(child(root, NS.app, "DefaultSettings"), NS.app, "SourceLocation")?.getAttribute("DefaultValue") ?? "";
  try {
    if (appDomains.length && !appDomains.includes(new URL(source).origin)) report("support", `AppDomains does not list the task pane's origin ${new URL(source).origin}`);
  } catch {
    // SourceLocation is reported under "https"
  }

  // --- every English text for en-US and en-GB -----------------------------------
  for (const el of Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === "Override")) {
    const locale = el.getAttribute("Locale");
    if (locale !== "en-US") continue;
    const siblings = Array.from(el.parentElement?.children ?? []).filter((e) => e.localName === "Override");
    const gb = siblings.find((e) => e.getAttribute("Locale") === "en-GB");
    if (!gb) report("locales", `${elementPath(el.parentElement!)} has an en-US override but no en-GB one`);
  }

  return problems;
}

/** Formats problems one per line for readable assertion failures. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `[${p.rule}] ${p.message}`).join("\n");
}
