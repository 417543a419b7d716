import { loadRegister } from "../../src/core/register/load";
import type { Register } from "../../src/core/register/schema";
import { createExcelDouble, installExcelDouble, type ExcelDouble } from "../excel-double/install";
import type { Rect, SheetModel } from "../excel-double/model";
import register2022 from "../../seeds/kpis-2022.json";
import register2023 from "../../seeds/kpis-2023.json";

export function installDouble(): ExcelDouble {
  const double = createExcelDouble();
  installExcelDouble(double);
  return double;
}

export function seedRegister(year: 2022 | 2023): Register {
  const result = loadRegister(year === 2022 ? register2022 : register2023);
  if (!result.ok) throw new Error(`seed ${year} does not load: ${result.errors.join("; ")}`);
  return result.register;
}

/** The register with some KPIs left out (`keep` decides by id), as a revised paper would be. */
export function withoutKpis(register: Register, drop: (id: string) => boolean): Register {
  return {
    ...register,
    areas: register.areas
      .map((area) => ({
        ...area,
        measures: area.measures
          .map((measure) => ({ ...measure, kpis: measure.kpis.filter((kpi) => !drop(kpi.id)) }))
          .filter((measure) => measure.kpis.length > 0),
      }))
      .filter((area) => area.measures.length > 0),
  };
}

/** A register of about `count` KPIs made by repeating the seed's KPIs with new ids. */
export function syntheticRegister(count: number): Register {
  const seed = seedRegister(2023);
  const kpis = seed.areas.flatMap((area) => area.measures.flatMap((measure) => measure.kpis));
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const perMeasure = Math.ceil(count / letters.length);
  const measures = [];
  let made = 0;
  for (let m = 0; m < letters.length && made < count; m++) {
    const measureKpis = [];
    for (let k = 0; k < perMeasure && made < count; k++, made++) {
      measureKpis.push({ ...kpis[made % kpis.length], id: `${seed.year}-${letters[m]}-${k + 1}` });
    }
    measures.push({ letter: letters[m], title: `Measure ${letters[m]}`, kpis: measureKpis });
  }
  return { ...seed, areas: [{ numeral: "I", title: "Synthetic area", measures }] };
}

export const AS_AT = "2024-06-30";

/**
 * The sheet's data validations joined column by column where one run of rows follows another, left to
 * right: one rectangle per entry column when its runs of input messages cover the table body without gaps.
 */
export function validatedSpans(sheet: SheetModel): Rect[] {
  const rects = sheet.dataValidations.map((v) => v.rect).sort((a, b) => a.col - b.col || a.row - b.row);
  const spans: Rect[] = [];
  for (const rect of rects) {
    const last = spans[spans.length - 1];
    if (last && last.col === rect.col && last.cols === rect.cols && last.row + last.rows === rect.row) {
      spans[spans.length - 1] = { ...last, rows: last.rows + rect.rows };
    } else {
      spans.push({ ...rect });
    }
  }
  return spans;
}
