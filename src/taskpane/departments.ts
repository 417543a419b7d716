import type { Department } from "../core/register/schema";

/**
 * The register's departments, for the filter. A copy of DEPARTMENTS (a test keeps them equal) so the
 * first paint does not pull in the schema library.
 */
export const PANE_DEPARTMENTS: readonly Department[] = [
  "SB",
  "HKPF",
  "FSD",
  "CSD",
  "ImmD",
  "C&ED",
  "GFS",
  "TCAB",
];
