/** A master whose file cannot be made: the error is thrown to the caller (not an unhandled rejection that ends the process), and nothing is left behind. */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sheetSpec } from "../../src/core/workbookSpec";
import { writeSpecToFile } from "../../src/xlsx";

const spec = { sheets: [sheetSpec("Blad", { values: [["a", "b"], ["c", "d"]] })] };

test("into a folder that does not exist: rejects with ENOENT", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rr-write-"));
  try {
    await expect(writeSpecToFile(spec, path.join(dir, "saknas", "master.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
    expect(readdirSync(dir)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a large workbook into a folder that does not exist: rejects too, without waiting for the whole write", async () => {
  const big = { sheets: [sheetSpec("Blad", { values: Array.from({ length: 20000 }, (_, i) => [`rad ${i}`, "text ".repeat(20)]) })] };
  await expect(writeSpecToFile(big, path.join(os.tmpdir(), `rr-missing-${process.pid}`, "m.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
});
