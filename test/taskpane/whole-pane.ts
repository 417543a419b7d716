/**
 * For tests of the whole pane (App with its steps): importing this sets the waits they need, since each
 * step is fetched the first time it is opened, which can take seconds on a busy shared machine.
 */
import { configure } from "@testing-library/react";
import register2023 from "../../seeds/kpis-2023.json";
import type { RegisterSource } from "../../src/taskpane/register-sources";

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

/** The one register the whole-pane tests offer: the 2023 seed, already in memory. */
export const SEED_2023_SOURCES: RegisterSource[] = [
  { id: "seed-2023", label: "KPIs 2023 (built in)", load: () => Promise.resolve(register2023) },
];
