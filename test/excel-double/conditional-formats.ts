/** Conditional formats on a range: custom formula rules with a fill and a font colour. */
import { ClientObjectDouble } from "./client-object";
import type { Doubled } from "./conformance";
import { intersects } from "./model";
import { guardWrite, RangePartDouble } from "./range-target";
import type { DoubleContext } from "./request-context";

type ConditionalFormatKind =
  | Excel.ConditionalFormatType
  | "Custom"
  | "DataBar"
  | "ColorScale"
  | "IconSet"
  | "TopBottom"
  | "PresetCriteria"
  | "ContainsText"
  | "CellValue";

export class ConditionalFormatCollectionDouble
  extends RangePartDouble
  implements Doubled<Excel.ConditionalFormatCollection, "add" | "clearAll" | "load">
{
  // "Adds a new conditional format to the collection", which belongs to the range it came from
  // (learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)).
  add(type: ConditionalFormatKind): ConditionalFormatDouble {
    const cf = {
      rect: { row: 0, col: 0, rows: 0, cols: 0 },
      type,
      formula: null,
      fillColor: null,
      fontColor: null,
    };
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      cf.rect = target.rect;
      target.sheet.conditionalFormats.push(cf);
    });
    return new ConditionalFormatDouble(this.context, cf);
  }
  // "Clears all conditional formats active on the current specified range" (learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-clearall-member(1)).
  clearAll(): void {
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      target.sheet.conditionalFormats = target.sheet.conditionalFormats.filter(
        (cf) => !intersects(cf.rect, target.rect),
      );
    });
  }
}

interface CfState {
  formula: string | null;
  fillColor: string | null;
  fontColor: string | null;
}
type Queue = (apply: () => void, payload: string) => void;

export class ConditionalFormatDouble
  extends ClientObjectDouble
  implements Doubled<Excel.ConditionalFormat, "custom" | "load">
{
  readonly custom: CustomConditionalFormatDouble;
  constructor(context: DoubleContext, state: CfState) {
    super(context);
    this.custom = new CustomConditionalFormatDouble(state, (apply, payload) => context.queue(apply, payload));
  }
  protected snapshot(): unknown {
    return false;
  }
}

export class CustomConditionalFormatDouble implements Doubled<
  Excel.CustomConditionalFormat,
  "rule" | "format"
> {
  readonly rule: ConditionalFormatRuleDouble;
  readonly format: ConditionalRangeFormatDouble;
  constructor(state: CfState, queue: Queue) {
    this.rule = new ConditionalFormatRuleDouble(state, queue);
    this.format = new ConditionalRangeFormatDouble(state, queue);
  }
}

export class ConditionalFormatRuleDouble implements Doubled<Excel.ConditionalFormatRule, "formula"> {
  constructor(
    private readonly state: CfState,
    private readonly queue: Queue,
  ) {}
  set formula(formula: string) {
    this.queue(() => {
      this.state.formula = formula;
    }, formula);
  }
  get formula(): string {
    return this.state.formula ?? "";
  }
}

export class ConditionalRangeFormatDouble implements Doubled<Excel.ConditionalRangeFormat, "fill" | "font"> {
  readonly fill: ConditionalRangeColorDouble;
  readonly font: ConditionalRangeColorDouble;
  constructor(state: CfState, queue: Queue) {
    this.fill = new ConditionalRangeColorDouble(state, "fillColor", queue);
    this.font = new ConditionalRangeColorDouble(state, "fontColor", queue);
  }
}

/** The fill or the font of a conditional format: both are a colour here. */
export class ConditionalRangeColorDouble
  implements Doubled<Excel.ConditionalRangeFill, "color">, Doubled<Excel.ConditionalRangeFont, "color">
{
  constructor(
    private readonly state: CfState,
    private readonly key: "fillColor" | "fontColor",
    private readonly queue: Queue,
  ) {}
  set color(color: string) {
    this.queue(() => {
      this.state[this.key] = color;
    }, color);
  }
  get color(): string {
    return this.state[this.key] ?? "";
  }
}
