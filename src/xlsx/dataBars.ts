import type ExcelJS from "exceljs";
import type { DataBarSpec } from "../core/workbookSpec";

/**
 * A sheet's data bars (SheetSpec.dataBars) as conditional formats of the .xlsx file: each range scaled
 * from its smallest to its largest value, in the spec's colour. Gradient bars are plain Excel 2007
 * data bars (exceljs writes the x14 extension only for solid ones), which every Excel and LibreOffice
 * read. Kept apart from the writer so a faster writer can carry it over as it is.
 */
export function addDataBars(sheet: ExcelJS.Worksheet, bars: readonly DataBarSpec[] | undefined): void {
  (bars ?? []).forEach((bar, i) => {
    sheet.addConditionalFormatting({
      ref: bar.range,
      rules: [
        {
          type: "dataBar",
          priority: i + 1,
          gradient: true,
          cfvo: [{ type: "min" }, { type: "max" }],
          // exceljs renders the colour from the rule although its types do not name it.
          ...({ color: { argb: `FF${bar.color.replace(/^#/, "").toUpperCase()}` } } as object),
        },
      ],
    });
  });
}
