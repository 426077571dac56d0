import { jsonBytes } from "./payload";
import { type ConditionalFormatModel, InvalidArgumentError, ItemNotFoundError, Loadable, type LoadOption, loadNames, overlaps, PropertyNotLoadedError, type Queue, type SheetModel } from "./memoryModel";

/*
 * Range.conditionalFormats of the in-memory workbook (ExcelApi 1.6), as much as the add-in
 * uses: add a custom format with a rule formula and a fill, or a data bar with its bounds and
 * colour, list the formats that intersect a
 * range with their types, read a custom format's formula, delete a format. As in Excel, a
 * conditional format is drawn over the cell and never changes the cell's own format.
 */

/** Where a range's formats live, resolved at sync like everything else. */
export interface RangeTarget {
  sheet(): SheetModel;
  resolveAddress(): string;
}

export class ConditionalFormatCollectionProxy extends Loadable {
  private itemsList: ConditionalFormatProxy[] | null = null;
  constructor(
    ctx: Queue,
    private target: RangeTarget
  ) {
    super(ctx);
  }

  /** Loads the formats that intersect the range, in priority order, with the given properties ("items/type"). */
  load(properties?: LoadOption): this {
    const names = loadNames(properties, ["type"]);
    this.ctx.enqueue(() => {
      const sheet = this.target.sheet();
      const address = this.target.resolveAddress();
      const items = sheet.conditionalFormats
        .filter((format) => overlaps(format.range, address))
        .map((format) => {
          const proxy = new ConditionalFormatProxy(this.ctx, sheet, format);
          return { proxy, values: proxy.readValues(names) };
        });
      this.ctx.respond({ items: items.map((item) => item.values) }, () => {
        items.forEach((item) => item.proxy.deliver(item.values));
        this.itemsList = items.map((item) => item.proxy);
      });
    }, jsonBytes(names));
    return this;
  }

  get items(): ConditionalFormatProxy[] {
    if (!this.itemsList) throw new PropertyNotLoadedError("items");
    return this.itemsList;
  }

  /** Adds a format over the whole range, at the top priority, as Excel does; it gets an id. */
  add(type: string): ConditionalFormatProxy {
    const format: ConditionalFormatModel = { range: "", type };
    const proxy = new ConditionalFormatProxy(this.ctx, null, format);
    this.ctx.enqueue(() => {
      const sheet = this.target.sheet();
      format.range = this.target.resolveAddress();
      format.id = newFormatId();
      sheet.conditionalFormats.unshift(format);
      proxy.attach(sheet);
    }, jsonBytes(type));
    return proxy;
  }

  /**
   * ExcelApi 1.6: the format with this id among those that intersect the range; found when an
   * operation on it runs, and ItemNotFound then if there is none (a user deleted it, say).
   */
  getItem(id: string): ConditionalFormatProxy {
    const proxy = new ConditionalFormatProxy(this.ctx, null, () => {
      const sheet = this.target.sheet();
      const address = this.target.resolveAddress();
      const found = sheet.conditionalFormats.find((f) => f.id === id && overlaps(f.range, address));
      if (found) proxy.attach(sheet);
      return found;
    });
    return proxy;
  }
}

let formatIds = 0;
/** Excel's ids look like "{8D3B…}": unique strings, nothing more is promised. */
export function newFormatId(): string {
  formatIds++;
  return `{CF${String(formatIds).padStart(8, "0")}}`;
}

export class ConditionalFormatProxy extends Loadable {
  readonly custom: { rule: ConditionalRuleProxy; format: { fill: { color: string } } };
  /** ExcelApi 1.6: a "DataBar" format's bounds and bar format (write-only here, as the add-in uses it). */
  readonly dataBar: {
    lowerBoundRule: { type: string };
    upperBoundRule: { type: string };
    positiveFormat: { fillColor: string; gradientFill: boolean };
  };
  constructor(
    ctx: Queue,
    private sheetModel: SheetModel | null,
    private format: ConditionalFormatModel | (() => ConditionalFormatModel | undefined)
  ) {
    super(ctx);
    const custom = () => {
      const model = this.model();
      if (model.type !== "Custom") throw new InvalidArgumentError(`The conditional format is of type ${model.type}, not Custom`);
      return model;
    };
    const dataBar = () => {
      const model = this.model();
      if (model.type !== "DataBar") throw new InvalidArgumentError(`The conditional format is of type ${model.type}, not DataBar`);
      return (model.dataBar ??= {});
    };
    const writeOnly = (name: string): never => {
      throw new PropertyNotLoadedError(name);
    };
    this.dataBar = {
      set lowerBoundRule(rule: { type: string }) {
        ctx.enqueue(() => (dataBar().lowerBound = rule.type), jsonBytes(rule));
      },
      get lowerBoundRule(): { type: string } {
        return writeOnly("lowerBoundRule");
      },
      set upperBoundRule(rule: { type: string }) {
        ctx.enqueue(() => (dataBar().upperBound = rule.type), jsonBytes(rule));
      },
      get upperBoundRule(): { type: string } {
        return writeOnly("upperBoundRule");
      },
      positiveFormat: {
        set fillColor(value: string) {
          ctx.enqueue(() => (dataBar().fillColor = value), jsonBytes(value));
        },
        get fillColor(): string {
          return writeOnly("fillColor");
        },
        set gradientFill(value: boolean) {
          ctx.enqueue(() => (dataBar().gradientFill = value), jsonBytes(value));
        },
        get gradientFill(): boolean {
          return writeOnly("gradientFill");
        },
      },
    };
    this.custom = {
      rule: new ConditionalRuleProxy(ctx, custom),
      format: {
        fill: {
          set color(value: string) {
            ctx.enqueue(() => (custom().fill = value), jsonBytes(value));
          },
          get color(): string {
            throw new PropertyNotLoadedError("color");
          },
        },
      },
    };
  }

  attach(sheet: SheetModel): void {
    this.sheetModel = sheet;
  }

  /** The format, while it is still on its sheet. */
  private model(): ConditionalFormatModel {
    const format = typeof this.format === "function" ? this.format() : this.format;
    if (!format || !this.sheetModel?.conditionalFormats.includes(format)) throw new ItemNotFoundError("The conditional format doesn't exist");
    return format;
  }

  protected readNow(name: string): unknown {
    const model = this.model();
    if (name === "type") return model.type;
    if (name === "id") return model.id;
    if (name === "priority") return this.sheetModel!.conditionalFormats.indexOf(model);
    return super.readNow(name);
  }

  get type(): string {
    return this.loaded("type");
  }

  get id(): string {
    return this.loaded("id");
  }

  get priority(): number {
    return this.loaded("priority");
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const model = this.model();
      const list = this.sheetModel!.conditionalFormats;
      list.splice(list.indexOf(model), 1);
    });
  }
}

class ConditionalRuleProxy extends Loadable {
  constructor(
    ctx: Queue,
    private model: () => ConditionalFormatModel
  ) {
    super(ctx);
  }

  protected defaultProperties(): string[] {
    return ["formula"];
  }

  protected readNow(name: string): unknown {
    if (name === "formula") return this.model().formula ?? "";
    return super.readNow(name);
  }

  get formula(): string {
    return this.loaded("formula");
  }

  set formula(value: string) {
    this.ctx.enqueue(() => (this.model().formula = value), jsonBytes(value));
  }
}
