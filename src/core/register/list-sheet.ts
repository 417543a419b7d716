import type { CellValue } from "../tracking/cell-value";
import { readKpiText } from "../target-parser/parse-targets";
import { buildRegister, type KpiListFacts, type KpiListRow, type KpiReading } from "./build-register";
import { kpiListRows, listHeaderRow, type ListCell } from "./list-layout";
import { shortDate } from "./reading";
import type { Register, Target } from "./schema";
import { applyOverride, hasOverride, type OverrideCells } from "./target-override";

/** The columns the pane writes beside a KPI list: the only cells it ever writes there. */
export const READING_HEADERS = ["Target read as", "Deadline read as", "Needs attention"] as const;
/** The officer's correction cells, right of the readings; only their headers are written, and only once. */
export const OVERRIDE_HEADERS = [
  "Correct kind",
  "Correct quantity",
  "Correct unit",
  "Correct baseline",
  "Correct deadline",
] as const;
export const LIST_SHEET_HEADERS = [...READING_HEADERS, ...OVERRIDE_HEADERS];

export const HANDSET_REASON = "Corrected by the officer beside the KPI list";

/** A block of cells, 0-based sheet coordinates. */
export interface CellBlock {
  row: number;
  col: number;
  values: string[][];
}

/** What the pane wrote last time (kept in the workbook), so a reading can be replaced but nothing else. */
export interface PreviousReading {
  sheetName: string;
  row: number;
  col: number;
  values: string[][];
}

export interface ListSheet {
  sheetName: string;
  /** Top-left of `values` on the sheet (the used range), 0-based. */
  top: number;
  left: number;
  values: CellValue[][];
}

export type ListSheetPlan =
  | {
      ok: true;
      register: Register;
      readings: KpiReading[];
      needsReading: number;
      /** Override cells that could not be used, one line each. */
      overrideProblems: number;
      /** Header cells (readings and corrections), then the reading cells under them. */
      headers: CellBlock;
      readingCells: CellBlock;
    }
  | { ok: false; errors: string[] };

const text = (value: CellValue | undefined) => (value === null || value === undefined ? "" : String(value));
const cellOf = (value: CellValue | undefined): ListCell =>
  text(value) === "" ? [] : [{ text: text(value) }];

/** "C5" for 0-based (row 4, col 2). */
export function cellName(row: number, col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** The reading's deadline in words: the latest date a target must be met by, or its window. */
export function deadlineReading(target: Target): string {
  switch (target.kind) {
    case "count":
    case "percentage-change":
    case "reduction":
    case "milestone":
      return `by ${shortDate(target.deadline.end)}`;
    case "staged":
      return `by ${shortDate(target.stages[target.stages.length - 1].deadline.end)}`;
    case "recurring":
    case "level":
      return target.window.end === undefined
        ? `from ${shortDate(target.window.start)}, no end`
        : `${shortDate(target.window.start)} to ${shortDate(target.window.end)}`;
    case "ongoing":
      return "none";
  }
}

/**
 * Reads a KPI list on a sheet (the paper's annex pasted from Word, or a plain Area/Measure/Department/KPI
 * list) with the officer's corrections beside it, and plans the reading columns. Refuses, writing nothing,
 * when the list has no readable KPI or when a reading cell holds something the pane did not write.
 */
export function planListSheet(
  sheet: ListSheet,
  facts: KpiListFacts,
  previous?: PreviousReading,
): ListSheetPlan {
  const all = sheet.values.map((row) => row.map(cellOf));
  const headerRow = listHeaderRow(all);
  if (headerRow === undefined)
    return {
      ok: false,
      errors: [
        'No KPI list on this sheet: no header row naming the "Measure" and "KPI" columns (or Area, Measure, Department, KPI).',
      ],
    };
  const header = sheet.values[headerRow].map(text);
  const ours = header.indexOf(READING_HEADERS[0]);
  const lastFilled = header.reduce((last, value, c) => (value.trim() !== "" ? c : last), -1);
  const readCol = ours >= 0 ? ours : lastFilled + 1;

  const listed = kpiListRows(all.map((row) => row.slice(0, readCol)));
  if (!listed.ok) return { ok: false, errors: [`The list cannot be read: ${listed.error}.`] };
  if (listed.rows.length === 0) return { ok: false, errors: ["The list has no KPI rows to read."] };

  const blocked = cellsInTheWay(sheet, headerRow, readCol, previous);
  if (blocked.length > 0)
    return {
      ok: false,
      errors: [
        `The cells ${blocked.join(", ")} hold something that is not a reading KPI Tracker wrote. ` +
          "Move it elsewhere and read again; nothing was changed.",
      ],
    };

  const perRow = new Map<number, number>();
  for (const row of listed.rows) perRow.set(row.gridRow!, (perRow.get(row.gridRow!) ?? 0) + 1);
  const problems = new Map<number, string>();
  const rows: KpiListRow[] = listed.rows.map((row) => {
    const at = row.gridRow!;
    const line = sheet.values[at] ?? [];
    const cells = Array.from({ length: OVERRIDE_HEADERS.length }, (_, i) => line[readCol + 3 + i] ?? null);
    if (!hasOverride(cells as unknown as OverrideCells)) return row;
    if (perRow.get(at)! > 1) {
      problems.set(
        at,
        `Correction not used: this row holds ${perRow.get(at)} KPIs; put each on a row of its own to correct one.`,
      );
      return row;
    }
    const plain = (typeof row.text === "string" ? row.text : row.text.map((run) => run.text).join(""))
      .replace(/\s+/g, " ")
      .trim();
    const read = readKpiText(plain, facts.announced);
    if (read.ok && read.targets.length > 1) {
      problems.set(
        at,
        `Correction not used: ${read.targets.length} targets were read; corrections fit a KPI with one. Fix it in the register file.`,
      );
      return row;
    }
    const result = applyOverride(
      read.ok ? read.targets[0] : undefined,
      cells as unknown as OverrideCells,
      facts.announced,
    );
    if (!result.ok) {
      problems.set(at, `Correction not used: ${result.error}.`);
      return row;
    }
    return { ...row, handSet: { reason: HANDSET_REASON, targets: [result.target] } };
  });

  const built = buildRegister(rows, { ...(listed.title ? { title: listed.title } : {}), ...facts });
  if (!built.ok) return { ok: false, errors: built.errors };

  const targetsById = new Map(
    built.register.areas.flatMap((area) =>
      area.measures.flatMap((measure) => measure.kpis.map((kpi) => [kpi.id, kpi.targets] as const)),
    ),
  );
  const byRow = new Map<number, KpiReading[]>();
  for (const reading of built.readings)
    byRow.set(reading.gridRow!, [...(byRow.get(reading.gridRow!) ?? []), reading]);

  const last = sheet.values.length - 1;
  const body: string[][] = [];
  for (let r = headerRow + 1; r <= last; r++) {
    const readings = byRow.get(r) ?? [];
    const line = sheet.values[r];
    const corrections = OVERRIDE_HEADERS.map((_, i) => line[readCol + 3 + i] ?? null);
    if (readings.length === 0 && hasOverride(corrections as unknown as OverrideCells))
      problems.set(r, "Correction not used: no KPI starts on this row; put it on the KPI's first row.");
    const attention = [
      ...readings.filter((k) => k.needsReading).map((k) => `${k.id} needs reading: ${k.needsReading}`),
      ...(problems.has(r) ? [problems.get(r)!] : []),
    ];
    body.push([
      readings
        .map((k) => `${k.id}: ${k.needsReading ? "not read (no target)" : k.targets.join("; ")}`)
        .join("\n"),
      readings
        .map((k) => (k.needsReading ? "none" : targetsById.get(k.id)!.map(deadlineReading).join("; ")))
        .join("\n"),
      attention.join("\n"),
    ]);
  }
  const top = sheet.top + headerRow;
  const left = sheet.left + readCol;
  return {
    ok: true,
    register: built.register,
    readings: built.readings,
    needsReading: built.needsReading,
    overrideProblems: problems.size,
    headers: { row: top, col: left, values: [[...LIST_SHEET_HEADERS]] },
    readingCells: { row: top + 1, col: left, values: body },
  };
}

/**
 * Header cells must be empty or already ours; reading cells empty or holding exactly what the pane wrote
 * there last time. Anything else is the officer's and stops the write.
 */
function cellsInTheWay(
  sheet: ListSheet,
  headerRow: number,
  readCol: number,
  previous: PreviousReading | undefined,
): string[] {
  const blocked: string[] = [];
  const header = sheet.values[headerRow];
  LIST_SHEET_HEADERS.forEach((name, i) => {
    const value = text(header[readCol + i]);
    if (value !== "" && value !== name)
      blocked.push(cellName(sheet.top + headerRow, sheet.left + readCol + i));
  });
  const same = previous?.sheetName === sheet.sheetName ? previous : undefined;
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    for (let i = 0; i < READING_HEADERS.length; i++) {
      const value = text(sheet.values[r][readCol + i]);
      if (value === "") continue;
      const row = sheet.top + r;
      const col = sheet.left + readCol + i;
      const before = same?.values[row - same.row]?.[col - same.col];
      if (value !== before) blocked.push(cellName(row, col));
    }
  }
  return blocked;
}
