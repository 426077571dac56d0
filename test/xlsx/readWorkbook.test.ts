/** loadWorkbook's messages for paths that give no workbook: missing, a directory, not a zip archive. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { loadWorkbook, WorkbookReadError } from "../../src/xlsx";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-read-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(source: string): Promise<WorkbookReadError> {
  const caught = await loadWorkbook(source).then(
    () => undefined,
    (error: unknown) => error
  );
  expect(caught).toBeInstanceOf(WorkbookReadError);
  return caught as WorkbookReadError;
}

describe("loadWorkbook on a path that is no workbook", () => {
  test("a missing file: 'filen finns inte.' (exceljs says 'File not found' without an ENOENT code)", async () => {
    const file = path.join(dir, "saknas.xlsx");
    const error = await failure(file);
    expect(error.message).toBe(`${file}: filen finns inte.`);
    expect(error.file).toBe(file);
  });

  test("a path under a missing directory: 'filen finns inte.'", async () => {
    const file = path.join(dir, "ingen-mapp", "saknas.xlsx");
    expect((await failure(file)).message).toBe(`${file}: filen finns inte.`);
  });

  test("a directory: says so", async () => {
    expect((await failure(dir)).message).toBe(`${dir}: den är en mapp, inte en fil.`);
  });

  test("a text file named .xlsx: cannot be read as a workbook", async () => {
    const file = path.join(dir, "text.xlsx");
    writeFileSync(file, "inte en arbetsbok");
    expect((await failure(file)).message).toBe(`${file}: den är ingen Excel-arbetsbok (.xlsx): filen är inget zip-arkiv, vilket en .xlsx-fil alltid är.`);
  });

  test("an empty file and an old .xls say so, with what to do", async () => {
    const empty = path.join(dir, "tom.xlsx");
    writeFileSync(empty, "");
    expect((await failure(empty)).message).toBe(`${empty}: filen är tom (0 byte), ingen Excel-arbetsbok.`);
    const old = path.join(dir, "gammal.xls");
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    expect((await failure(old)).message).toMatch(/\.xls-formatet stöds inte: öppna filen i Excel och spara den som \.xlsx\.$/);
  });
});
