/**
 * Which sheet each chart of an xlsx package is drawn on, read from the package's relationship parts
 * (never a sheet's cells): workbook.xml names the sheet, its relationship the worksheet part, the
 * worksheet's relationships its drawing, the drawing's relationships its charts.
 */
import { DASHBOARD_SHEET } from "../core/dashboard";
import { packageParts, readSmallPart } from "./package-limits";

const CHART_PART = /^xl\/charts\/chart[^/]*\.xml$/;

function attributes(element: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of element.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) found.set(name, value);
  return found;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that holds it. */
function resolve(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const path = part.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") path.pop();
    else if (step !== ".") path.push(step);
  }
  return path.join("/");
}

/** The targets of `part`'s internal relationships, by id, keeping those whose type ends with `/type`. */
function relationships(bytes: Uint8Array, part: string, type?: string): Map<string, string> {
  const targets = new Map<string, string>();
  const xml = readSmallPart(bytes, relsOf(part)) ?? "";
  for (const [element] of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(element);
    const [id, target] = [attrs.get("Id"), attrs.get("Target")];
    if (id === undefined || target === undefined || attrs.get("TargetMode") === "External") continue;
    if (type === undefined || attrs.get("Type")?.endsWith(`/${type}`)) {
      targets.set(id, resolve(part, target));
    }
  }
  return targets;
}

/**
 * The chart parts drawn on the worksheet named `sheetName`. Names and targets are compared as written:
 * "Dashboard" holds no character XML escapes, and an escaped target is only missed, so refused.
 */
function chartsOnSheet(bytes: Uint8Array, sheetName: string): Set<string> {
  const charts = new Set<string>();
  const workbook = readSmallPart(bytes, "xl/workbook.xml") ?? "";
  const sheet = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)]
    .map(([element]) => attributes(element))
    .find((attrs) => attrs.get("name") === sheetName);
  const id = sheet && [...sheet].find(([name]) => /^(?:\w+:)?id$/.test(name))?.[1];
  const worksheet = id === undefined ? undefined : relationships(bytes, "xl/workbook.xml").get(id);
  if (worksheet === undefined) return charts;
  for (const drawing of relationships(bytes, worksheet, "drawing").values()) {
    for (const chart of relationships(bytes, drawing, "chart").values()) charts.add(chart);
  }
  return charts;
}

/**
 * True when the package has charts and every one is drawn on the sheet named "Dashboard" (whether
 * that sheet is the add-in's own is for the caller to check, from its A1). A chartsheet, or a chart
 * part no Dashboard drawing points at, makes it false.
 */
export function chartsAllOnDashboard(bytes: Uint8Array): boolean {
  const names = packageParts(bytes).map((part) => part.name);
  const charts = names.filter((name) => CHART_PART.test(name));
  if (charts.length === 0 || names.some((name) => name.startsWith("xl/chartsheets/"))) return false;
  const onDashboard = chartsOnSheet(bytes, DASHBOARD_SHEET);
  return charts.every((chart) => onDashboard.has(chart));
}
