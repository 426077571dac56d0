/** Data bars in the .xlsx file: checked in the file's XML (read with Node's zlib, not exceljs). */
import { sheetSpec } from "../../src/core/workbookSpec";
import { writeSpecToBuffer } from "../../src/xlsx";
import { zipEntries } from "../support/zipEntries";

test("a sheet's data bars are conditional formats of type dataBar over their ranges, min to max, in their colour", async () => {
  const spec = {
    sheets: [
      sheetSpec("Målöversikt", { values: [["Mål", "Totalt"], ["A", 3], ["B", 1], ["C", 0], [], ["D", 7]], dataBars: [{ range: "B2:B4", color: "#638EC6" }, { range: "B6:B6", color: "#112233" }] }),
      sheetSpec("Utan", { values: [["x"]] }),
    ],
  };
  const files = zipEntries(await writeSpecToBuffer(spec));
  const sheet1 = files.get("xl/worksheets/sheet1.xml")!;
  const formats = [...sheet1.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g)].map((m) => ({ range: m[1], rule: m[2] }));
  expect(formats.map((f) => f.range)).toEqual(["B2:B4", "B6:B6"]);
  for (const f of formats) {
    expect(f.rule).toMatch(/<cfRule type="dataBar" priority="\d+">/);
    expect(f.rule).toMatch(/<dataBar><cfvo type="min"\/><cfvo type="max"\/><color rgb="FF[0-9A-F]{6}"\/><\/dataBar>/);
  }
  expect(formats[0].rule).toContain('rgb="FF638EC6"');
  expect(formats[1].rule).toContain('rgb="FF112233"');
  expect(files.get("xl/worksheets/sheet2.xml")).not.toContain("conditionalFormatting");
});
