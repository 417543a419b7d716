import { DASHBOARD_SHEET, DASHBOARD_TITLE } from "../core/dashboard";
import { STATUSES, type Status } from "../core/vocabulary";
import { STATUS_STYLES } from "../core/tracking/flags";
import { columnLetter } from "../core/tracking/sheet-layout";
import { queueTextValues } from "./text-cells";
import type { DepartmentCounts, SnapshotCounts } from "../taskpane/workbook-actions";

/**
 * The "Dashboard" sheet: the status counts of the latest validation by department, and the counts of
 * every validation kept in the history, each with a native Excel chart over its cells. Validate
 * rewrites the cells and points the charts at them; a chart an officer restyled keeps its look.
 * Chart APIs used (charts.add, setData, setPosition, title) are ExcelApi 1.1; getItemOrNullObject 1.4.
 */
export { DASHBOARD_SHEET, DASHBOARD_TITLE };
export const DEPARTMENT_CHART = "KpiStatusByDepartment";
export const HISTORY_CHART = "KpiStatusAcrossValidations";

export interface DashboardData {
  asAt: string;
  validatedAt: string;
  byDepartment: readonly DepartmentCounts[];
  snapshots: readonly SnapshotCounts[];
}

/** Where each block sits (0-based rows); both blocks start in column A and are STATUSES.length + 1 wide. */
export interface DashboardLayout {
  cells: string[][];
  departmentBlock: { firstRow: number; rows: number };
  historyBlock: { firstRow: number; rows: number };
}

const WIDTH = STATUSES.length + 1;

/** The font colour of each status's row tint (STATUS_STYLES), and two neutrals for the untinted ones. */
const SERIES_COLOURS: Record<Status, string> = {
  ...(Object.fromEntries(STATUSES.map((s) => [s, STATUS_STYLES[s].font ?? ""])) as Record<Status, string>),
  "on-track": "#2F75B5",
  "not-reported": "#A6A6A6",
};

function padded(row: string[]): string[] {
  return [...row, ...Array<string>(WIDTH - row.length).fill("")];
}

/** The dashboard's cells as strings; `queueDashboard` writes the counts as numbers for the charts. */
export function dashboardLayout(data: DashboardData): DashboardLayout {
  const header = (first: string): string[] => [first, ...STATUSES];
  const cells: string[][] = [
    padded([DASHBOARD_TITLE]),
    padded([`As at ${data.asAt}, validated at ${data.validatedAt}. Validate refreshes this sheet.`]),
    padded([]),
    padded(["Statuses by department (latest validation)"]),
  ];
  const departmentFirst = cells.length;
  cells.push(header("Department"));
  for (const { department, counts } of data.byDepartment)
    cells.push([department, ...STATUSES.map((s) => String(counts[s]))]);
  const departmentRows = cells.length - departmentFirst;
  cells.push(padded([]), padded(["Status counts across validations (KPI history)"]));
  const historyFirst = cells.length;
  cells.push(header("As at"));
  for (const snapshot of data.snapshots)
    cells.push([snapshot.asAt, ...STATUSES.map((s) => String(snapshot.counts[s]))]);
  return {
    cells,
    departmentBlock: { firstRow: departmentFirst, rows: departmentRows },
    historyBlock: { firstRow: historyFirst, rows: cells.length - historyFirst },
  };
}

function blockAddress(block: { firstRow: number; rows: number }): string {
  return `A${block.firstRow + 1}:${columnLetter(WIDTH - 1)}${block.firstRow + block.rows}`;
}

/** What Validate's read batch learns about the dashboard, queued by `lookUpDashboard`. */
export interface DashboardLookup {
  sheet: Excel.Worksheet;
  /** Loaded only when the sheet exists (after the first sync). */
  title?: Excel.Range;
  used?: Excel.Range;
  charts?: { department: Excel.Chart; history: Excel.Chart };
}

/** First round trip: does a sheet called "Dashboard" exist? */
export function lookUpDashboard(context: Excel.RequestContext): DashboardLookup {
  const sheet = context.workbook.worksheets.getItemOrNullObject(DASHBOARD_SHEET);
  // Any load fills in isNullObject.
  sheet.load("name, protection/protected");
  return { sheet };
}

/** Second round trip, when it exists: whose is it, what does it hold, and are our charts there. */
export function readDashboard(lookup: DashboardLookup): void {
  if (lookup.sheet.isNullObject) return;
  lookup.title = lookup.sheet.getRange("A1").load("values");
  lookup.used = lookup.sheet.getUsedRangeOrNullObject(true).load("rowCount");
  lookup.charts = {
    department: lookup.sheet.charts.getItemOrNullObject(DEPARTMENT_CHART).load("name"),
    history: lookup.sheet.charts.getItemOrNullObject(HISTORY_CHART).load("name"),
  };
}

/** The officer's own sheet is called "Dashboard": the add-in leaves it alone. */
export function dashboardTaken(lookup: DashboardLookup): boolean {
  return !lookup.sheet.isNullObject && lookup.title?.values[0]?.[0] !== DASHBOARD_TITLE;
}

/** Queued in Validate's write batch: no round trip of its own. */
export function queueDashboard(
  context: Excel.RequestContext,
  lookup: DashboardLookup,
  data: DashboardData,
): void {
  const exists = !lookup.sheet.isNullObject;
  const sheet = exists ? lookup.sheet : context.workbook.worksheets.add(DASHBOARD_SHEET);
  // The range loaded in the read batch, cleared in this one: the same request context.
  if (exists && lookup.used && !lookup.used.isNullObject) lookup.used.clear("Contents");
  const layout = dashboardLayout(data);
  const range = sheet.getRange(`A1:${columnLetter(WIDTH - 1)}${layout.cells.length}`);
  queueTextValues(
    range,
    layout.cells.map((row, r) => row.map((cell, c) => (isCount(layout, r, c) ? "" : cell))),
  );
  // Counts go in as numbers under General format, so the charts plot them.
  for (const block of [layout.departmentBlock, layout.historyBlock]) {
    if (block.rows < 2) continue;
    const counts = sheet.getRange(
      `B${block.firstRow + 2}:${columnLetter(WIDTH - 1)}${block.firstRow + block.rows}`,
    );
    const rows = layout.cells.slice(block.firstRow + 1, block.firstRow + block.rows);
    counts.numberFormat = rows.map((row) => row.slice(1).map(() => "General"));
    counts.values = rows.map((row) => row.slice(1).map(Number));
  }
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;

  const charts = [
    {
      existing: lookup.charts?.department,
      name: DEPARTMENT_CHART,
      type: "ColumnStacked" as const,
      title: "Statuses by department",
      source: blockAddress(layout.departmentBlock),
      at: ["J4", "R20"],
    },
    {
      existing: lookup.charts?.history,
      name: HISTORY_CHART,
      type: "Line" as const,
      title: "Status counts across validations",
      source: blockAddress(layout.historyBlock),
      at: ["J22", "R38"],
    },
  ];
  for (const chart of charts) {
    const source = sheet.getRange(chart.source);
    if (chart.existing && !chart.existing.isNullObject) {
      chart.existing.setData(source, "Columns");
      continue;
    }
    const added = sheet.charts.add(chart.type, source, "Columns");
    added.name = chart.name;
    added.title.text = chart.title;
    added.setPosition(chart.at[0], chart.at[1]);
    // Each status in its colour, as in the sheet's row tints; only on a new chart, so a restyled one keeps its look.
    STATUSES.forEach((status, i) => {
      const format = added.series.getItemAt(i).format;
      if (chart.type === "Line") format.line.color = SERIES_COLOURS[status];
      else format.fill.setSolidColor(SERIES_COLOURS[status]);
    });
  }
}

function isCount(layout: DashboardLayout, row: number, col: number): boolean {
  return [layout.departmentBlock, layout.historyBlock].some(
    (block) => col > 0 && row > block.firstRow && row < block.firstRow + block.rows,
  );
}
