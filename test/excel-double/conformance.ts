/**
 * Compile-time check of the double against @types/office-js. Each double class `implements
 * Doubled<Excel.X, "a" | "b">`, naming exactly the Office.js members it implements: a renamed or
 * mistyped member then fails `tsc`. The real type is the reference; in it, every Office.js object type is
 * read as the double that stands for it (`getCell` returns a RangeDouble where Excel returns an
 * Excel.Range), and an overloaded method must accept the arguments of every overload.
 * Members outside the Pick are the double's own plumbing (`resolve`, `loadNow`, `model`).
 */
import type { DoubleContext } from "./request-context";
import type { ApplicationDouble, RuntimeDouble, WorkbookDouble } from "./workbook";
import type { SettingCollectionDouble, SettingDouble } from "./settings";
import type {
  WorksheetCollectionDouble,
  WorksheetDouble,
  WorksheetFreezePanesDouble,
  WorksheetProtectionDouble,
} from "./worksheet";
import type { RangeAreasDouble, RangeDouble } from "./range";
import type {
  FormatProtectionDouble,
  RangeFillDouble,
  RangeFontDouble,
  RangeFormatDouble,
} from "./range-format";
import type { DataValidationDouble } from "./data-validation";
import type {
  ConditionalFormatCollectionDouble,
  ConditionalFormatDouble,
  ConditionalFormatRuleDouble,
  ConditionalRangeColorDouble,
  ConditionalRangeFormatDouble,
  CustomConditionalFormatDouble,
} from "./conditional-formats";
import type {
  EventRegistrationDouble,
  TableChangedHandlersDouble,
  TableRowCollectionDouble,
  TableRowDouble,
  TableSortDouble,
} from "./table-parts";
import type { TableCollectionDouble, TableDouble } from "./table";

/** Each Office.js type the double stands in for, and its double. */
interface Stands {
  context: [Excel.RequestContext, DoubleContext];
  clientContext: [OfficeExtension.ClientRequestContext, DoubleContext];
  workbook: [Excel.Workbook, WorkbookDouble];
  application: [Excel.Application, ApplicationDouble];
  runtime: [Excel.Runtime, RuntimeDouble];
  settings: [Excel.SettingCollection, SettingCollectionDouble];
  setting: [Excel.Setting, SettingDouble];
  worksheets: [Excel.WorksheetCollection, WorksheetCollectionDouble];
  worksheet: [Excel.Worksheet, WorksheetDouble];
  protection: [Excel.WorksheetProtection, WorksheetProtectionDouble];
  freezePanes: [Excel.WorksheetFreezePanes, WorksheetFreezePanesDouble];
  range: [Excel.Range, RangeDouble];
  rangeAreas: [Excel.RangeAreas, RangeAreasDouble];
  rangeFormat: [Excel.RangeFormat, RangeFormatDouble];
  rangeFont: [Excel.RangeFont, RangeFontDouble];
  rangeFill: [Excel.RangeFill, RangeFillDouble];
  formatProtection: [Excel.FormatProtection, FormatProtectionDouble];
  dataValidation: [Excel.DataValidation, DataValidationDouble];
  conditionalFormats: [Excel.ConditionalFormatCollection, ConditionalFormatCollectionDouble];
  conditionalFormat: [Excel.ConditionalFormat, ConditionalFormatDouble];
  customConditionalFormat: [Excel.CustomConditionalFormat, CustomConditionalFormatDouble];
  conditionalFormatRule: [Excel.ConditionalFormatRule, ConditionalFormatRuleDouble];
  conditionalRangeFormat: [Excel.ConditionalRangeFormat, ConditionalRangeFormatDouble];
  conditionalRangeFill: [Excel.ConditionalRangeFill, ConditionalRangeColorDouble];
  conditionalRangeFont: [Excel.ConditionalRangeFont, ConditionalRangeColorDouble];
  tables: [Excel.TableCollection, TableCollectionDouble];
  table: [Excel.Table, TableDouble];
  tableSort: [Excel.TableSort, TableSortDouble];
  tableRows: [Excel.TableRowCollection, TableRowCollectionDouble];
  tableRow: [Excel.TableRow, TableRowDouble];
  tableChanged: [OfficeExtension.EventHandlers<Excel.TableChangedEventArgs>, TableChangedHandlersDouble];
  registration: [OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>, EventRegistrationDouble];
}

/** Registers more pairs (charts, annex members) without this file importing them. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MoreStands {}

type AllStands = Stands & MoreStands;

type IsAny<T> = 0 extends 1 & T ? true : false;
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

type DoubleOf<T> = {
  [K in keyof AllStands]: AllStands[K] extends [infer Real, infer Double]
    ? Same<T, Real> extends true
      ? Double
      : never
    : never;
}[keyof AllStands];

/** Up to three overloads, each with its Office.js objects read as doubles. */
type Signatures<F> = F extends {
  (...args: infer A1): infer R1;
  (...args: infer A2): infer R2;
  (...args: infer A3): infer R3;
}
  ? Signature<A1, R1> & Signature<A2, R2> & Signature<A3, R3>
  : F extends (...args: infer A) => infer R
    ? Signature<A, R>
    : never;

type Signature<A extends unknown[], R> = (...args: { [I in keyof A]: AsDouble<A[I]> }) => AsDouble<R>;

type AsDoubleOne<T> = [DoubleOf<T>] extends [never]
  ? T extends (...args: never[]) => unknown
    ? Signatures<T>
    : T extends ReadonlyArray<infer E>
      ? AsDouble<E>[]
      : T
  : DoubleOf<T>;

/** A type from @types/office-js with every Office.js object in it read as its double. */
export type AsDouble<T> = IsAny<T> extends true ? T : T extends unknown ? AsDoubleOne<T> : never;

/** An Office.js string enum as plain members: the double's copy of an enum must satisfy this. */
export type EnumMembers<E> = { [K in keyof E]: E[K] extends string ? `${E[K]}` : never };

/** Fails to compile unless T is assignable to U: checks an object the double builds without a class. */
export type Conforms<T extends U, U> = T;

/** The members K of Office.js type T, as the double must implement them. */
export type Doubled<T, K extends keyof T> = { [P in K]: AsDouble<T[P]> };
