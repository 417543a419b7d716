/**
 * The tracking workbook the add-in builds, written with exceljs for the command line: title and as-at
 * rows, a real Excel table laid out by TRACKING_COLUMNS, entry columns unlocked on a protected sheet,
 * data validation with the add-in's input messages, a tint per status and a frozen header.
 * Ready to send to a department and to read back with `kpi-tracker validate`.
 */
import ExcelJS from "exceljs";
import { REPORTED_STATUS_PHRASES } from "../core/engine/phrases";
import type { Department, Register } from "../core/register/schema";
import { returnSubject } from "../core/returns/source";
import {
  ENTRY_COLUMN_KEYS,
  TRACKING_COLUMNS,
  columnIndex,
  type TrackingColumnKey,
} from "../core/tracking/columns";
import { guidanceByKpi, type EntryGuidance } from "../core/tracking/entry-guidance";
import { STATUS_STYLES, TINTED_STATUSES, statusRuleFormula } from "../core/tracking/flags";
import { mergeTrackingRows } from "../core/tracking/merge";
import { buildRegisterRows } from "../core/tracking/rows";
import {
  DATE_NUMBER_FORMAT,
  LAST_TRACKING_COLUMN_LETTER,
  TRACKING_SHEET,
  excelSerialFromIso,
  trackingSheetName,
  trackingTableName,
} from "../core/tracking/sheet-layout";
import { toTableValues } from "../core/tracking/table-values";
import { xmlSafe } from "./xml-text";

export interface TrackerWorkbookOptions {
  departments?: readonly Department[];
  /** ISO date for the as-at cell; blank when absent. */
  asAt?: string;
}

export class NoKpisError extends Error {}

/** Columns an officer types free text into: text format keeps "=..." as text when edited in Excel. */
const TEXT_ENTRY_KEYS: readonly TrackingColumnKey[] = ["reportedStatus", "latestProgress", "source"];
const DATE_KEYS: readonly TrackingColumnKey[] = ["deadline", "completedOn"];
const WRAPPED_KEYS: readonly TrackingColumnKey[] = [
  "kpi",
  "target",
  "latestProgress",
  "reason",
  "measure",
  "area",
];

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function validationFor(
  key: (typeof ENTRY_COLUMN_KEYS)[number],
  guidance: EntryGuidance,
): ExcelJS.DataValidation {
  const message = { showInputMessage: true, promptTitle: guidance.title, prompt: guidance.message };
  switch (key) {
    case "reportedStatus":
      // A warning, not a stop: the paper also prints phrases such as "KPI of 2022 completed. KPI of 2023 on track.".
      return {
        type: "list",
        allowBlank: true,
        formulae: [`"${REPORTED_STATUS_PHRASES.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: "Reported status",
        error: "Not one of the usual status phrases. Keep it anyway?",
        ...message,
      };
    case "completedOn":
      return {
        type: "date",
        operator: "greaterThan",
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        showErrorMessage: true,
        // A warning, not a stop: a KPI with several targets takes "; 2024-03-20", one date per part.
        errorStyle: "warning",
        errorTitle: "Completed on",
        error: "Enter a date, e.g. 2024-03-20, or one per part separated by ;. Keep it anyway?",
        ...message,
      };
    default:
      // exceljs writes "any" as a validation without a type: Excel's "Any value", input message only.
      return { type: "any", formulae: [], allowBlank: true, ...message } as unknown as ExcelJS.DataValidation;
  }
}

export async function trackerWorkbook(
  typed: Register,
  options: TrackerWorkbookOptions = {},
): Promise<ExcelJS.Workbook> {
  const register = xmlSafe(typed);
  const registerRows = buildRegisterRows(register, { departments: options.departments });
  if (registerRows.length === 0) {
    throw new NoKpisError(
      `no KPIs in the ${register.year} register for ${options.departments?.join(", ") || "any department"}`,
    );
  }
  const values = toTableValues(mergeTrackingRows(registerRows, []));
  const { titleRow, asAtRow, headerRow, firstDataRow } = TRACKING_SHEET;
  const lastDataRow = firstDataRow + values.length - 1;
  const guidance = guidanceByKpi(register);
  const rowGuidance = registerRows.map((row) => guidance.get(row.id)!);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KPI Tracker";
  workbook.title = register.title;
  // A workbook for one department says so, and its return tells consolidate which department sent it.
  if (options.departments?.length === 1) workbook.subject = returnSubject(options.departments[0]);
  const sheet = workbook.addWorksheet(trackingSheetName(register.year), {
    views: [{ state: "frozen", ySplit: headerRow }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = TRACKING_COLUMNS.map((column) => ({ key: column.key, width: column.width }));

  const title = sheet.getCell(titleRow, 1);
  title.value = register.title;
  title.font = { bold: true, size: 14 };
  sheet.getCell(TRACKING_SHEET.asAtLabelCell).value = "As at";
  sheet.getCell(TRACKING_SHEET.asAtLabelCell).font = { bold: true };
  const asAt = sheet.getCell(TRACKING_SHEET.asAtCell);
  asAt.value = options.asAt ? excelSerialFromIso(options.asAt) : null;
  asAt.numFmt = DATE_NUMBER_FORMAT;
  asAt.protection = { locked: false };
  sheet.getRow(asAtRow).alignment = { horizontal: "left" };

  sheet.addTable({
    name: trackingTableName(register.year),
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: TRACKING_COLUMNS.map((column) => ({ name: column.header, filterButton: true })),
    rows: values,
  });

  for (const column of TRACKING_COLUMNS) {
    const index = columnIndex(column.key) + 1;
    const entry = column.role === "entry";
    for (let row = firstDataRow; row <= lastDataRow; row++) {
      const cell = sheet.getCell(row, index);
      cell.protection = { locked: !entry };
      if (TEXT_ENTRY_KEYS.includes(column.key)) cell.numFmt = "@";
      if (DATE_KEYS.includes(column.key)) cell.numFmt = DATE_NUMBER_FORMAT;
      cell.alignment = { vertical: "top", wrapText: WRAPPED_KEYS.includes(column.key) };
      if (entry) {
        const key = column.key as (typeof ENTRY_COLUMN_KEYS)[number];
        cell.dataValidation = validationFor(key, rowGuidance[row - firstDataRow][key]);
      }
    }
    sheet.getCell(headerRow, index).font = { bold: true, color: { argb: "FFFFFFFF" } };
  }

  sheet.addConditionalFormatting({
    ref: `A${firstDataRow}:${LAST_TRACKING_COLUMN_LETTER}${lastDataRow}`,
    rules: TINTED_STATUSES.map((status, priority) => {
      const style = STATUS_STYLES[status];
      return {
        type: "expression" as const,
        priority: priority + 1,
        formulae: [statusRuleFormula(status, firstDataRow).replace(/^=/, "")],
        style: {
          fill: {
            type: "pattern" as const,
            pattern: "solid" as const,
            bgColor: { argb: argb(style.fill ?? "#FFFFFF") },
          },
          font: style.font ? { color: { argb: argb(style.font) } } : {},
        },
      };
    }),
  });

  // No sort permission: Excel never sorts a range holding locked cells on a protected sheet anyway.
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
  return workbook;
}

export async function trackerXlsx(
  register: Register,
  options: TrackerWorkbookOptions = {},
): Promise<Uint8Array> {
  const buffer = await (await trackerWorkbook(register, options)).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
