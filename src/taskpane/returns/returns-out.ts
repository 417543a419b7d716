import type { Department, Register } from "../../core/register/schema";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_MIME = "application/zip";

/** The departments with at least one KPI in the register, in the register's order of first mention. */
export function returnDepartments(register: Register): Department[] {
  const found: Department[] = [];
  for (const area of register.areas)
    for (const measure of area.measures)
      for (const kpi of measure.kpis)
        for (const department of kpi.departments) if (!found.includes(department)) found.push(department);
  return found;
}

/** One return's file name. It names the department as a word, which Collect returns reads back. */
export function returnFileName(year: number, department: Department): string {
  return `kpi-return-${year}-${department}.xlsx`;
}

export function returnsZipName(year: number): string {
  return `kpi-returns-${year}.zip`;
}

export interface ReturnFile {
  department: Department;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The tracking workbook of one department: only its KPIs, a KPI shared with other departments included.
 * exceljs is fetched here, on first use, never with the pane's first paint.
 */
export async function departmentReturn(
  register: Register,
  department: Department,
  asAt: string,
): Promise<ReturnFile> {
  const { trackerXlsx } = await import(
    /* webpackChunkName: "tracker-workbook" */ "../../export/tracker-workbook"
  );
  return {
    department,
    fileName: returnFileName(register.year, department),
    bytes: await trackerXlsx(register, { departments: [department], asAt }),
  };
}

/** Every department's return in one zip. */
export async function allReturnsZip(
  register: Register,
  asAt: string,
): Promise<{ files: ReturnFile[]; zip: Uint8Array }> {
  const files: ReturnFile[] = [];
  for (const department of returnDepartments(register))
    files.push(await departmentReturn(register, department, asAt));
  const { zipSync } = await import(/* webpackChunkName: "zip" */ "fflate");
  // An xlsx is already deflated: compressing it again gains nothing.
  const zip = zipSync(
    Object.fromEntries(files.map((file) => [file.fileName, [file.bytes, { level: 0 }] as const])),
  );
  return { files, zip };
}
