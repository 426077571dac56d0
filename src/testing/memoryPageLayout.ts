import { InvalidArgumentError, type PageLayoutModel, type SheetModel } from "./memoryModel";
import type { Queue } from "./memoryModel";
import { jsonBytes } from "./payload";

/*
 * Worksheet.pageLayout (ExcelApi 1.9) in the in-memory workbook: what is set is recorded on the
 * sheet (SheetModel.pageLayout) at sync, and refused there as Excel refuses it: an orientation or
 * paper size Excel does not have, a zoom outside its limits, print titles that are not whole rows
 * (or whole columns), a negative margin.
 */

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER = ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal", "Executive", "Tabloid"];
const WHOLE_ROWS = /^\$?\d+:\$?\d+$/;
const WHOLE_COLUMNS = /^\$?[A-Z]+:\$?[A-Z]+$/i;

export class PageLayoutProxy {
  readonly headersFooters: { defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string } };
  constructor(
    private ctx: Queue,
    private sheet: () => SheetModel
  ) {
    const footer = (key: "leftFooter" | "centerFooter" | "rightFooter") => ({
      set: (value: string) => this.set(key, value, () => typeof value === "string" && value.length <= 255),
    });
    const left = footer("leftFooter");
    const center = footer("centerFooter");
    const right = footer("rightFooter");
    this.headersFooters = {
      defaultForAllPages: {
        set leftFooter(value: string) {
          left.set(value);
        },
        set centerFooter(value: string) {
          center.set(value);
        },
        set rightFooter(value: string) {
          right.set(value);
        },
      } as { leftFooter: string; centerFooter: string; rightFooter: string },
    };
  }

  private set<K extends keyof PageLayoutModel>(key: K, value: PageLayoutModel[K], valid: () => boolean): void {
    this.ctx.enqueue(() => {
      if (!valid()) throw new InvalidArgumentError(undefined, `PageLayout.${key}`);
      this.sheet().pageLayout[key] = value;
    }, jsonBytes(value));
  }

  set orientation(value: string) {
    this.set("orientation", value, () => ORIENTATIONS.includes(value));
  }
  set paperSize(value: string) {
    this.set("paperSize", value, () => PAPER.includes(value));
  }
  set zoom(value: NonNullable<PageLayoutModel["zoom"]>) {
    const pages = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 32767);
    this.set("zoom", { ...value }, () => pages(value.horizontalFitToPages) && pages(value.verticalFitToPages) && (value.scale === undefined || (value.scale >= 10 && value.scale <= 400)));
  }
  set leftMargin(points: number) {
    this.set("leftMargin", points, () => points >= 0);
  }
  set rightMargin(points: number) {
    this.set("rightMargin", points, () => points >= 0);
  }
  set topMargin(points: number) {
    this.set("topMargin", points, () => points >= 0);
  }
  set bottomMargin(points: number) {
    this.set("bottomMargin", points, () => points >= 0);
  }
  set headerMargin(points: number) {
    this.set("headerMargin", points, () => points >= 0);
  }
  set footerMargin(points: number) {
    this.set("footerMargin", points, () => points >= 0);
  }
  setPrintTitleRows(address: string): void {
    this.set("printTitleRows", address, () => WHOLE_ROWS.test(address));
  }
  setPrintTitleColumns(address: string): void {
    this.set("printTitleColumns", address, () => WHOLE_COLUMNS.test(address));
  }
}
