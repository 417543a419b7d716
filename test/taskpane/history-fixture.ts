import type { ValidationHistory } from "../../src/taskpane/workbook-actions";
import { counts } from "./fake-actions";

/** A KPI's state in one validation. */
export const state = (status: "overdue" | "on-track" | "completed", actual: string) => ({
  status,
  actual,
  completedOn: "",
  reportedStatus: "",
});

/** Two validations: one KPI fell overdue, another was completed with a new actual. */
export const HISTORY: ValidationHistory = {
  validatedAt: "2024-10-02 08:00:00 UTC",
  snapshots: [
    {
      asAt: "2024-06-30",
      validatedAt: "2024-07-02 08:00:00 UTC",
      counts: counts({ "on-track": 4, overdue: 1 }),
    },
    {
      asAt: "2024-09-30",
      validatedAt: "2024-10-02 08:00:00 UTC",
      counts: counts({ overdue: 2, completed: 3 }),
    },
  ],
  changes: {
    previous: { asAt: "2024-06-30", validatedAt: "2024-07-02 08:00:00 UTC" },
    latest: { asAt: "2024-09-30", validatedAt: "2024-10-02 08:00:00 UTC" },
    changes: [
      {
        id: "2023-D-1",
        from: state("on-track", "300"),
        to: state("overdue", "300"),
        statusChanged: true,
        figuresChanged: [],
      },
      {
        id: "2023-B-1",
        from: state("on-track", "580"),
        to: state("completed", "20000"),
        statusChanged: true,
        figuresChanged: ["actual"],
      },
    ],
  },
  notes: [],
};
