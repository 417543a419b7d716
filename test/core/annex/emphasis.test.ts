import { emphasiseFigures, narrativeBullets } from "../../../src/core/annex";

function boldParts(text: string): string[] {
  return emphasiseFigures(text)
    .filter((run) => run.bold)
    .map((run) => run.text);
}

describe("emphasiseFigures", () => {
  it("bolds whole dates, not their parts", () => {
    expect(boldParts("Opened on 18 May 2023 and again in September 2023.")).toEqual([
      "18 May 2023",
      "September 2023",
    ]);
  });

  it("bolds whole Chinese dates as the Chinese paper does, and the figures around them", () => {
    expect(boldParts("截至2023年9月，已進行600次巡查；2024年年底前完成，9月30日再報。")).toEqual([
      "2023年9月",
      "600",
      "2024年年底",
      "9月30日",
    ]);
    expect(boldParts("最新進展（截至2023年9月30日）")).toEqual(["2023年9月30日"]);
  });

  it("bolds grouped numbers, percentages and paper-style periods", () => {
    expect(
      boldParts("The TCAB processed 1 572 cases (12,000 in total), up 33% in Q1 2023 and by end-2023."),
    ).toEqual(["1 572", "12,000", "33%", "Q1 2023", "end-2023"]);
    expect(boldParts("In the 2023/24 school year, 10 schools.")).toEqual(["2023/24", "10"]);
  });

  it("leaves digits glued to words alone", () => {
    expect(boldParts("The 48th exhibition, R2 and COVID-19 and Cap.134")).toEqual([]);
  });

  it("keeps every character, in order", () => {
    const text = "As at 30 September 2023, 43 285 cases; about 3 600 each month.";
    expect(
      emphasiseFigures(text)
        .map((run) => run.text)
        .join(""),
    ).toBe(text);
  });

  it("returns one plain run for text without figures", () => {
    expect(emphasiseFigures("Task completed.")).toEqual([{ text: "Task completed." }]);
  });
});

describe("narrativeBullets", () => {
  it("splits on line breaks, drops blank lines and typed bullet marks", () => {
    const bullets = narrativeBullets("\u27A4 First line.\r\n\n- Second, 12 cases\n\u2022 Third");
    expect(bullets.map((runs) => runs.map((run) => run.text).join(""))).toEqual([
      "First line.",
      "Second, 12 cases",
      "Third",
    ]);
    expect(bullets[1]).toContainEqual({ text: "12", bold: true });
  });

  it("keeps a leading minus or equals sign that is not a bullet", () => {
    expect(narrativeBullets("-5% change\n=1+1").map((runs) => runs.map((r) => r.text).join(""))).toEqual([
      "-5% change",
      "=1+1",
    ]);
  });
});
