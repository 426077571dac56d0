/**
 * The import boundaries (eslint/boundaries.js) through the project's real ESLint configuration: each
 * rule fires on a made-up file at a real place in src/, and stays quiet on what is allowed.
 * `npm run lint` applies the same rules to the whole tree.
 */
import * as path from "node:path";
import { ESLint } from "eslint";

const ROOT = path.resolve(__dirname, "..", "..");
// The configuration is required rather than found: ESLint would load it with a dynamic import(), which jest's VM refuses.
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require("../../eslint.config.js") });

/** The boundary rules that fire for `code` as if it were the file `file` (relative to the repository). */
async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId?.startsWith("regionrapport/")).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("core-no-adapters", () => {
  test.each([
    ['import { loadWorkbook } from "../xlsx";', "src/xlsx/index.ts"],
    ['import { openWorkbook } from "../../excel";', "src/excel/index.ts"],
    ['import type { OpenWorkbook } from "../excel";', "src/excel/index.ts"],
    ['export { App } from "../taskpane/App";', "src/taskpane/App.tsx"],
  ])("%s in src/core is refused", async (code, target) => {
    const file = code.includes("../../") ? "src/core/validation/fake.ts" : "src/core/fake.ts";
    expect(await boundaryProblems(file, code)).toEqual([expect.stringContaining(`regionrapport/core-no-adapters: src/core must not import the adapter ${target}`)]);
  });

  test.each(["exceljs", "react", "@fluentui/react-components", "@microsoft/office-js", "node:fs", "path"])("the package %s in src/core is refused", async (name) => {
    expect(await boundaryProblems("src/core/fake.ts", `import * as x from "${name}";\nexport { x };`)).toEqual([expect.stringContaining(`src/core must not import ${name}`)]);
  });

  test("the core's own files are fine", async () => {
    expect(await boundaryProblems("src/core/fake.ts", 'import { cellText } from "./grid";\nimport { consolidate } from "./consolidation";\nexport { cellText, consolidate };')).toEqual([]);
  });
});

describe("pane-xlsx-lazy", () => {
  test("a static import of src/xlsx from the task pane is refused", async () => {
    expect(await boundaryProblems("src/taskpane/Fake.tsx", 'import { loadWorkbookBytes } from "../xlsx/browser";\nexport { loadWorkbookBytes };')).toEqual([
      expect.stringContaining("regionrapport/pane-xlsx-lazy: The task pane must not import src/xlsx/browser.ts statically"),
    ]);
    expect(await boundaryProblems("src/taskpane/Fake.tsx", 'import ExcelJS from "exceljs";\nexport { ExcelJS };')).toEqual([expect.stringContaining("must not import exceljs")]);
  });

  test("a dynamic import of the browser-safe entry is fine, of anything else in src/xlsx refused", async () => {
    expect(await boundaryProblems("src/taskpane/Fake.tsx", 'export const load = () => import("../xlsx/browser.js");')).toEqual([]);
    expect(await boundaryProblems("src/taskpane/Fake.tsx", 'export const load = () => import("../xlsx");')).toEqual([
      expect.stringContaining("The task pane may load only src/xlsx/browser.ts or src/xlsx/browserWrite.ts; src/xlsx/index.ts is not"),
    ]);
  });

  test("type-only imports leave nothing in the bundle and are fine", async () => {
    expect(await boundaryProblems("src/taskpane/Fake.tsx", 'import type { LoadedWorkbook } from "../xlsx";\nexport type W = LoadedWorkbook;')).toEqual([]);
  });
});

describe("through-index", () => {
  test("a file inside another folder with an index.ts is refused, with the index to use instead", async () => {
    expect(await boundaryProblems("src/cli/fake.ts", 'import { formatRows } from "../core/consolidation/lineage";\nexport { formatRows };')).toEqual([
      'regionrapport/through-index: src/core/consolidation/lineage.ts is inside src/core/consolidation/, which is entered through its index: import "../core/consolidation" instead.',
    ]);
    expect(await boundaryProblems("src/core/consolidation/fake.ts", 'import { referenceMemo } from "../validation/references";\nexport { referenceMemo };')).toEqual([
      expect.stringContaining('src/core/validation/references.ts is inside src/core/validation/, which is entered through its index: import "../validation" instead.'),
    ]);
    expect(await boundaryProblems("src/preview/fake.tsx", 'export const load = () => import("../excel/workbook");')).toEqual([expect.stringContaining("regionrapport/through-index")]);
  });

  test("the index itself, and relative imports within a folder, are fine", async () => {
    expect(await boundaryProblems("src/cli/fake.ts", 'import { consolidate } from "../core/consolidation";\nimport { openWorkbook } from "../excel/index";\nexport { consolidate, openWorkbook };')).toEqual([]);
    expect(await boundaryProblems("src/core/validation/rules/fake.ts", 'import { isPlaceholder } from "../context";\nimport { formatMessage } from "../messages";\nexport { isPlaceholder, formatMessage };')).toEqual([]);
  });

  test("a subfolder with its own index is entered through it from its parent", async () => {
    expect(await boundaryProblems("src/core/validation/fake.ts", 'import { MESSAGES } from "./messages/sv";\nexport { MESSAGES };')).toEqual([expect.stringContaining("src/core/validation/messages/, which is entered through its index")]);
  });
});
