import { z } from "zod";
import { isCalendarDate } from "../calendar";
import { DEPARTMENTS, PERIODS } from "../vocabulary";

// zod compiles object parsers with `new Function` after probing whether eval is allowed. The add-in's
// pages forbid eval (Content-Security-Policy without 'unsafe-eval'), and even the probe is reported as
// a violation, so zod interprets instead: same results, a little slower on a 50-KPI register.
z.config({ jitless: true });

/**
 * The KPI register: one published list of KPIs (one annex of one paper).
 * This zod schema is the single source of the register's TypeScript types; its words (departments,
 * periods) come from the vocabulary.
 */

export type { Department, Period } from "../vocabulary";

export const departmentSchema = z.enum(DEPARTMENTS);

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(isCalendarDate, "not a real calendar date");
export type IsoDate = z.infer<typeof isoDateSchema>;

/** A run of KPI text; `bold` marks the runs the paper emphasises (numbers and dates). */
export const textRunSchema = z.strictObject({
  text: z.string().min(1),
  bold: z.boolean().optional(),
});
export const richTextSchema = z.array(textRunSchema).min(1);
export type TextRun = z.infer<typeof textRunSchema>;
export type RichText = z.infer<typeof richTextSchema>;

/** A time window stated in the paper's words, e.g. "by end-2023" -> start (list start) .. 2023-12-31. */
export const deadlineSchema = z
  .strictObject({
    text: z.string().min(1),
    start: isoDateSchema,
    end: isoDateSchema,
  })
  .refine((d) => d.start <= d.end, { message: "deadline is before its start", path: ["end"] });
export type Deadline = z.infer<typeof deadlineSchema>;

/** An open-ended window for recurring targets ("each year starting from 2023"). */
export const recurringWindowSchema = z
  .strictObject({
    text: z.string().min(1),
    start: isoDateSchema,
    end: isoDateSchema.optional(),
  })
  .refine((w) => w.end === undefined || w.start <= w.end, {
    message: "window ends before its start",
    path: ["end"],
  });
export type RecurringWindow = z.infer<typeof recurringWindowSchema>;

export const periodSchema = z.enum(PERIODS);

const quantity = z.number().finite().nonnegative();
/** What the target counts, in the paper's words: "proactive inspections", "participants". */
const unit = z.string().min(1);
/** Optional name of the part, for KPIs with several targets ("student participants"). */
const label = z.string().min(1).optional();
/** True where the paper says "about", "some", "around". */
const approximate = z.boolean().optional();

export const countTargetSchema = z.strictObject({
  kind: z.literal("count"),
  label,
  unit,
  quantity,
  /** "from 300 to 800": 300. Absent means counting from zero. */
  baseline: quantity.optional(),
  approximate,
  deadline: deadlineSchema,
});

export const stagedTargetSchema = z.strictObject({
  kind: z.literal("staged"),
  label,
  unit,
  baseline: quantity,
  approximate,
  stages: z.array(z.strictObject({ quantity, deadline: deadlineSchema })).min(2),
});

export const percentageChangeTargetSchema = z.strictObject({
  kind: z.literal("percentage-change"),
  label,
  /** What changes, e.g. "active members". */
  unit,
  direction: z.enum(["increase", "decrease"]),
  percent: z.number().finite().positive(),
  /** "by more than 50%": exactly 50% is not enough. Absent: "by 50%", which 50% meets. */
  strict: z.literal(true).optional(),
  deadline: deadlineSchema,
});

/** Lower is better: "from over seven months ... to around four months". */
export const reductionTargetSchema = z
  .strictObject({
    kind: z.literal("reduction"),
    label,
    unit,
    from: quantity,
    to: quantity,
    approximate,
    deadline: deadlineSchema,
  })
  .refine((t) => t.to < t.from, { message: "a reduction must end below where it starts", path: ["to"] });

export const recurringTargetSchema = z.strictObject({
  kind: z.literal("recurring"),
  label,
  unit,
  quantity,
  period: periodSchema,
  /** "total": at least `quantity` in each period; "average": on average per period over the window. */
  aggregate: z.enum(["total", "average"]),
  /**
   * The month each yearly or quarterly cycle starts in, where the register states one that the calendar
   * does not ("each year starting from Q3 2022": 7, so years run July to June). Absent: calendar years and
   * quarters; school and financial years have their own (September, April).
   */
  firstMonth: z.number().int().min(2).max(12).optional(),
  approximate,
  window: recurringWindowSchema,
});

/**
 * A level to reach and hold, judged at the end of its window: a service standard ("process 95% of
 * applications within 4 weeks": at least 95) or a lower-is-better ceiling ("to below 700", "no more than 5%").
 * A window with no end is a standing pledge.
 */
export const levelTargetSchema = z.strictObject({
  kind: z.literal("level"),
  label,
  unit,
  comparison: z.enum(["at-least", "at-most", "below"]),
  level: quantity,
  approximate,
  window: recurringWindowSchema,
});

export const milestoneTargetSchema = z.strictObject({
  kind: z.literal("milestone"),
  label,
  deadline: deadlineSchema,
});

export const ongoingTargetSchema = z.strictObject({
  kind: z.literal("ongoing"),
  label,
});

export const targetSchema = z.discriminatedUnion("kind", [
  countTargetSchema,
  stagedTargetSchema,
  percentageChangeTargetSchema,
  reductionTargetSchema,
  recurringTargetSchema,
  levelTargetSchema,
  milestoneTargetSchema,
  ongoingTargetSchema,
]);
export type Target = z.infer<typeof targetSchema>;
export type TargetKind = Target["kind"];
export type CountTarget = z.infer<typeof countTargetSchema>;
export type StagedTarget = z.infer<typeof stagedTargetSchema>;
export type PercentageChangeTarget = z.infer<typeof percentageChangeTargetSchema>;
export type ReductionTarget = z.infer<typeof reductionTargetSchema>;
export type RecurringTarget = z.infer<typeof recurringTargetSchema>;
export type LevelTarget = z.infer<typeof levelTargetSchema>;
export type MilestoneTarget = z.infer<typeof milestoneTargetSchema>;
export type OngoingTarget = z.infer<typeof ongoingTargetSchema>;

/** A figure the paper reports in its progress text, with the period it covers. */
export const reportedFigureSchema = z.strictObject({
  /** Which target it reports on (index into `targets`). */
  targetIndex: z.number().int().nonnegative(),
  value: z.number().finite(),
  unit,
  period: deadlineSchema,
  approximate,
});
export type ReportedFigure = z.infer<typeof reportedFigureSchema>;

/** The paper's own "Latest Progress" for a KPI (progress reports only). */
export const paperProgressSchema = z.strictObject({
  /** The status bullet as printed, e.g. "Task completed." or "KPI of 2022 completed. KPI of 2023 on track." */
  statusPhrase: z.string().min(1),
  /** The narrative bullets after the status phrase, each with its emphasis. */
  narrative: z.array(richTextSchema),
  figures: z.array(reportedFigureSchema),
});
export type PaperProgress = z.infer<typeof paperProgressSchema>;

/**
 * Chinese text for the Chinese annex. Every printed element (register, area, measure, KPI) may carry a
 * `chinese` object holding the Chinese counterparts of its printed fields, under the same names: `title`
 * for the register, areas and measures, `preamble` for a measure, `text` for a KPI. Absent means no
 * Chinese text yet: the Chinese annex then flags the element, never printing its English silently.
 */
const chineseTitleSchema = z.strictObject({ title: z.string().min(1) });

export const kpiIdSchema = z.string().regex(/^\d{4}-[A-Z]-\d+$/, "expected <year>-<measure letter>-<n>");

export const kpiSchema = z.strictObject({
  id: kpiIdSchema,
  departments: z.array(departmentSchema).min(1),
  text: richTextSchema,
  targets: z.array(targetSchema).min(1),
  /** Present where targets were set by hand because the language is too loose to parse. */
  handSet: z.strictObject({ reason: z.string().min(1) }).optional(),
  /**
   * Present where the register builder could not read the text: the KPI is kept with one `ongoing`
   * target, never a guessed one, until someone reads it and sets its targets.
   */
  needsReading: z.strictObject({ reason: z.string().min(1) }).optional(),
  progress: paperProgressSchema.optional(),
  chinese: z.strictObject({ text: richTextSchema }).optional(),
});
export type KpiEntry = z.infer<typeof kpiSchema>;

export const measureSchema = z.strictObject({
  letter: z.string().regex(/^[A-Z]$/),
  title: z.string().min(1),
  /** Text printed in the KPI cell before the bullets (e.g. "The Government will continue ... including:"). */
  preamble: richTextSchema.optional(),
  kpis: z.array(kpiSchema).min(1),
  chinese: z.strictObject({ title: z.string().min(1), preamble: richTextSchema.optional() }).optional(),
});
export type Measure = z.infer<typeof measureSchema>;

export const areaSchema = z.strictObject({
  numeral: z.string().regex(/^[IVXLC]+$/),
  title: z.string().min(1),
  measures: z.array(measureSchema).min(1),
  chinese: chineseTitleSchema.optional(),
});
export type Area = z.infer<typeof areaSchema>;

export const registerSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** The year the KPIs are for. */
  year: z.number().int().min(2000).max(2100),
  /** The annex title as printed. */
  title: z.string().min(1),
  /** Where the list was published, e.g. "LegCo Panel on Security paper, November 2023, Annex II". */
  source: z.string().min(1),
  /** Start date for every deadline whose text gives none (see seeds/README.md for the choice). */
  listStart: isoDateSchema,
  /** The as-at date of the paper's own progress column, for progress reports. */
  progressAsAt: isoDateSchema.optional(),
  /** How many KPIs carry `needsReading`; absent when none does. */
  needsReading: z.number().int().positive().optional(),
  areas: z.array(areaSchema).min(1),
  chinese: chineseTitleSchema.optional(),
});
export type Register = z.infer<typeof registerSchema>;
