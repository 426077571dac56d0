/**
 * The production build as an administrator gets it: `ADDIN_BASE_URL=… npm run build` (made here by
 * test/support/build.ts into out/test-build/addin with the same webpack configuration). Expected values
 * come from outside the build: package.json's version, the base URL given, Microsoft's CDN address,
 * the vendored schemas, the icon files in assets/.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { JSDOM } from "jsdom";
import { formatProblems, lintManifest, validateManifestXsd } from "../manifest/manifestLint";
import { BUILD_WAIT, ROOT, TEST_BASE_URL, testBuild } from "../support/build";

/** Microsoft's CDN address for office.js (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn). */
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

let dist: string;
let files: string[];
beforeAll(async () => {
  dist = (await testBuild()).addin;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [path.relative(dist, full).split(path.sep).join("/")];
    });
  files = walk(dist).sort();
}, BUILD_WAIT);

const read = (file: string) => readFileSync(path.join(dist, file), "utf8");
const scripts = (html: string) => Array.from(new JSDOM(html).window.document.querySelectorAll("script")).map((s) => s.getAttribute("src") ?? "(inline)");

describe("dist/ holds exactly what to upload", () => {
  test("pages, scripts, icons and the manifest; no preview, no local office.js, no source maps", () => {
    const icons = readdirSync(path.join(ROOT, "assets")).map((f) => `assets/${f}`);
    const named = ["commands.html", "manifest.xml", "support.html", "taskpane.html", ...icons];
    expect(named.filter((f) => !files.includes(f))).toEqual([]);
    const rest = files.filter((f) => !named.includes(f));
    // Scripts with a content hash (cacheable for good) and the licence notes the minifier extracts.
    expect(rest.filter((f) => !/^[\w-]+\.[0-9a-f]{8}\.js(\.LICENSE\.txt)?$/.test(f))).toEqual([]);
    expect(files.filter((f) => /preview/i.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith("office-js/") || f.endsWith(".map"))).toEqual([]);
  });

  test("the pages load only scripts that are in dist/, and office.js from Microsoft's CDN", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const srcs = scripts(read(page));
      expect(srcs[0]).toBe(CDN);
      for (const src of srcs.slice(1)) expect(files).toContain(src);
      expect(srcs.filter((s) => /office-js|localhost/.test(s))).toEqual([]);
    }
    expect(scripts(read("support.html"))).toEqual([]);
  });

  test("neither the .xlsx reader nor exceljs is in the task pane's first bundle: each is a chunk loaded when needed", () => {
    const [entry] = scripts(read("taskpane.html")).slice(1);
    // A string only the .xlsx reader and exceljs contain.
    expect(read(entry)).not.toContain("xl/sharedStrings.xml");
    const withXlsx = files.filter((f) => f.endsWith(".js") && read(f).includes("xl/sharedStrings.xml"));
    // The reader (fflate + saxes, small) and exceljs's browser build, which only the feedback download loads.
    expect(withXlsx).toHaveLength(2);
    expect(withXlsx.filter((f) => read(f).includes("writeBuffer"))).toHaveLength(1);
    expect(read(scripts(read("commands.html"))[1])).not.toContain("xl/sharedStrings.xml");
  });
});

describe("dist/manifest.xml", () => {
  let manifest: string;
  beforeAll(() => {
    manifest = read("manifest.xml");
  });

  test("names no localhost: every URL is on the base URL, AppDomain its origin", () => {
    expect(manifest).not.toMatch(/localhost/);
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(TEST_BASE_URL))).toEqual([]);
    expect(manifest).toContain("<AppDomain>https://regionrapport.test.example</AppDomain>");
    expect(manifest).toContain(`<SupportUrl DefaultValue="${TEST_BASE_URL}support.html"/>`);
  });

  test("carries package.json's version", () => {
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
  });

  test("is valid against the vendored Office manifest schemas", async () => {
    const result = await validateManifestXsd(manifest, "dist/manifest.xml");
    expect(result.errors.join("\n")).toBe("");
    expect(result.valid).toBe(true);
  });

  test("passes the manifest lint, with every icon it names in dist/assets at the size it claims", () => {
    expect(formatProblems(lintManifest(manifest, { assetsDir: path.join(dist, "assets") }))).toBe("");
  });

  test("every page the manifest names is in dist/", () => {
    const pages = [...manifest.matchAll(/"https:\/\/regionrapport\.test\.example\/addin\/([^"]+)"/g)].map((m) => m[1]);
    expect(pages.filter((p) => !files.includes(p))).toEqual([]);
  });
});
