/**
 * The streaming writer beyond the cells: the place for the print setup (publication issue), the
 * atomic write that never leaves a partial file at the target, and the reader's browser safety.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { sheetSpec, type SheetSpec, type WorkbookSpec } from "../../src/core/workbookSpec";
import { type PrintSetup, writeSpecToBuffer, writeSpecToFile } from "../../src/xlsx";
import { xmlView } from "./oracle";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-writer-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = (): WorkbookSpec => ({ sheets: [sheetSpec("Tabell 1", { values: [["Titel"], [], ["Region", "Insats"], ["Blekinge", "x"]], headerRow: 3, frozenRows: 3 })] });

describe("print setup from the spec", () => {
  test("orientation, fit to width and print titles are written when a sheet carries them", async () => {
    const print: PrintSetup = { orientation: "landscape", fitToWidth: 1, titleRows: "1:3", paperSize: "A4" };
    const printed: WorkbookSpec = { sheets: [{ ...spec().sheets[0], print } as SheetSpec] };
    const view = xmlView(await writeSpecToBuffer(printed));
    expect(view.sheets[0].pageSetup).toEqual({ orientation: "landscape", fitToWidth: "1", fitToHeight: "0" });
    expect(view.sheets[0].fitToPage).toBe(true);
    expect(view.definedNames).toEqual(["_xlnm.Print_Titles='Tabell 1'!$1:$3"]);
  });

  test("without it, Excel's defaults (portrait, no fitting, no print titles)", async () => {
    const view = xmlView(await writeSpecToBuffer(spec()));
    expect(view.sheets[0].pageSetup?.orientation).toBe("portrait");
    expect(view.sheets[0].fitToPage).toBe(false);
    expect(view.definedNames).toEqual([]);
  });
});

describe("writeSpecToFile", () => {
  test("replaces the target whole and leaves no temporary file", async () => {
    const target = path.join(dir, "master.xlsx");
    writeFileSync(target, "den tidigare sammanställningen");
    await writeSpecToFile(spec(), target);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["master.xlsx"]);
  });

  test("a write that fails midway leaves the previous file as it was", async () => {
    const target = path.join(dir, "tidigare.xlsx");
    writeFileSync(target, "den tidigare sammanställningen");
    // The second sheet's table range cannot be parsed: the writer fails after the first sheet is out.
    const broken: WorkbookSpec = { sheets: [...spec().sheets, sheetSpec("Trasig", { values: [["a"]], tables: [{ name: "T", range: "inte ett område" }] })] };
    await expect(writeSpecToFile(broken, target)).rejects.toThrow();
    expect(readFileSync(target, "utf8")).toBe("den tidigare sammanställningen");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("the reader runs in the browser", () => {
  test("nothing the pane's reader imports is a Node module", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const [, spec] of source.matchAll(/^import[^;]*?from "([^"]+)"/gms)) {
        expect([file, spec]).not.toEqual([file, expect.stringMatching(/^node:|^(fs|path|stream|zlib|os|child_process)$|^exceljs/)]);
        if (spec.startsWith(".")) {
          const resolved = path.resolve(path.dirname(file), spec);
          visit(existsSync(`${resolved}.ts`) ? `${resolved}.ts` : path.join(resolved, "index.ts"));
        }
      }
    };
    visit(path.join(__dirname, "..", "..", "src", "xlsx", "consolidationInput.ts"));
    expect([...seen].map((f) => path.basename(f))).toEqual(expect.arrayContaining(["readWorkbook.ts", "zip.ts", "sheet.ts", "xml.ts"]));
  });
});
