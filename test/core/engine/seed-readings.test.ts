/**
 * Readings of the paper's KPIs that were set by hand (seeds/README.md, "Hand-set KPIs"), judged as stored in
 * the seed: the expected statuses follow from the paper's words, worked out by hand in the comments.
 */
import { validateProgress } from "../../../src/core/engine/validate-progress";
import { flattenRegister } from "../../../src/core/register/flatten";
import { describeTargets } from "../../../src/core/tracking/describe";
import { entry } from "./fixtures";
import { loadSeed } from "../register/seed-files";

const register = loadSeed(2022);

const targetsOf = (id: string) => flattenRegister(register).find((r) => r.id === id)!.targets;

function judge(id: string, asAt: string, fields: Parameters<typeof entry>[1]) {
  return validateProgress(register, [entry(id, fields)], { asAt })[0];
}

describe('2022-G-3: "set up four MFRSCs ... between end-2022 and Q1 2023" (two by end-2022, all four by Q1 2023)', () => {
  test("a centre set up before end-2022 counts: one by 30 Nov 2022 is on track", () => {
    // Shau Kei Wan opened on 26 Oct 2022. Line from 0 on 19 Oct to 2 on 31 Dec 2022 (74 days):
    // 43 days in, about 1.2 expected; 1 is within the tolerance.
    expect(judge("2022-G-3", "2022-11-30", { actual: 1 }).status).toBe("on-track");
  });

  test("only one centre after end-2022 misses the first stage", () => {
    // A window opening in December 2022 with no stage would expect about 1.5 of 4 on 15 Jan 2023.
    const result = judge("2022-G-3", "2023-01-15", { actual: 1 });
    expect(result.status).toBe("overdue");
    expect(result.reasons[0]).toBe(
      "1 of 2 Multi-purpose Family and Rehabilitation Service Centres (“MFRSCs”) as at 15 Jan 2023; the stage deadline 31 Dec 2022 has passed (final target 4 by 31 Mar 2023)",
    );
  });

  test("two early in 2023 are on track; all four, as the paper reports, completed", () => {
    // From 2 on 1 Jan to 4 on 31 Mar 2023 (90 days): on 5 Jan about 2.09 expected, allowance 0.1 × 2.
    expect(judge("2022-G-3", "2023-01-05", { actual: 2 }).status).toBe("on-track");
    expect(judge("2022-G-3", "2023-09-30", { actual: 4, reportedStatus: "Task completed." }).status).toBe(
      "completed",
    );
    expect(judge("2022-G-3", "2023-04-01", { actual: 3 }).status).toBe("overdue");
  });
});

describe('2022-I-1: "enhance the processing speed of analysis X-ray images for 80%"', () => {
  test("the procurement is ongoing and the 80% a level held with no end", () => {
    expect(describeTargets(targetsOf("2022-I-1"))).toBe(
      "(1) Ongoing (no measurable target) (2) at least 80% faster analysis of X-ray images",
    );
  });

  test("80% or more is on track (a standing pledge never completes); below 80% is off track", () => {
    const onTrack = { reportedStatus: "Task on track." };
    expect(judge("2022-I-1", "2023-09-30", { ...onTrack, actual: "80%" }).status).toBe("on-track");
    expect(judge("2022-I-1", "2023-09-30", { ...onTrack, actual: 85 }).status).toBe("on-track");
    const short = judge("2022-I-1", "2023-09-30", { ...onTrack, actual: 79 });
    expect(short.status).toBe("off-track");
    expect(short.reasons.join(" | ")).toMatch(/79% faster analysis of X-ray images \(target at least 80\)/);
  });

  test('"Task completed." with no speed figure, as the paper reports it, needs review', () => {
    const paper = judge("2022-I-1", "2023-09-30", { reportedStatus: "Task completed." });
    expect(paper.status).toBe("needs-review");
    expect(paper.reasons[0]).toMatch(/Reported status "Task completed." but Actual is empty/);
    expect(judge("2022-I-1", "2023-09-30", {}).status).toBe("not-reported");
  });
});
