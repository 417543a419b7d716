/** Share of the distance from baseline to target a KPI may lag before it is off track, unless the officer says otherwise. */
export const DEFAULT_TOLERANCE = 0.1;
