import type { Department, Register } from "../../../src/core/register/schema";
import { buildRegisterRows } from "../../../src/core/tracking/rows";

const deadline = { text: "by end-2024", start: "2023-10-25", end: "2024-12-31" };

const register: Register = {
  schemaVersion: 1,
  year: 2023,
  title: "KPIs for 2023",
  source: "Test paper",
  listStart: "2023-10-25",
  areas: [
    {
      numeral: "I",
      title: "Safeguarding national security",
      measures: [
        {
          letter: "A",
          title: "Public education",
          kpis: [
            {
              id: "2023-A-1",
              departments: ["SB", "HKPF"],
              text: [{ text: "Hold " }, { text: "10", bold: true }, { text: " talks\n  by end-2024" }],
              targets: [{ kind: "count", unit: "talks", quantity: 10, deadline }],
            },
            {
              id: "2023-A-2",
              departments: ["FSD"],
              text: [{ text: "Keep the fire safety campaign running" }],
              targets: [{ kind: "ongoing" }],
            },
          ],
        },
      ],
    },
    {
      numeral: "II",
      title: "Rehabilitation",
      measures: [
        {
          letter: "B",
          title: "Custodial services",
          kpis: [
            {
              id: "2023-B-1",
              departments: ["CSD"],
              text: [{ text: "Complete the review" }],
              targets: [{ kind: "milestone", deadline }],
            },
          ],
        },
      ],
    },
  ],
};

const ids = (departments?: Department[]) =>
  buildRegisterRows(register, departments === undefined ? {} : { departments }).map((row) => row.id);

describe("the register's part of the tracking table", () => {
  it("gives every KPI of every area and measure one row, in the register's order", () => {
    expect(buildRegisterRows(register)).toEqual([
      {
        id: "2023-A-1",
        area: "(I) Safeguarding national security",
        measure: "(A) Public education",
        department: "SB, HKPF",
        kpi: "Hold 10 talks by end-2024",
        target: "10 talks",
        deadline: "2024-12-31",
      },
      {
        id: "2023-A-2",
        area: "(I) Safeguarding national security",
        measure: "(A) Public education",
        department: "FSD",
        kpi: "Keep the fire safety campaign running",
        target: "Ongoing (no measurable target)",
        deadline: null,
      },
      {
        id: "2023-B-1",
        area: "(II) Rehabilitation",
        measure: "(B) Custodial services",
        department: "CSD",
        kpi: "Complete the review",
        target: "Milestone",
        deadline: "2024-12-31",
      },
    ]);
  });

  it("keeps, for chosen departments, the KPIs that name any of them, shared KPIs included", () => {
    expect(ids(["HKPF"])).toEqual(["2023-A-1"]);
    expect(ids(["SB", "CSD"])).toEqual(["2023-A-1", "2023-B-1"]);
    expect(ids(["GFS"])).toEqual([]);
  });

  it("keeps every KPI when no department is chosen", () => {
    expect(ids([])).toEqual(["2023-A-1", "2023-A-2", "2023-B-1"]);
    expect(ids()).toEqual(["2023-A-1", "2023-A-2", "2023-B-1"]);
  });
});
