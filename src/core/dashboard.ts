/**
 * The add-in's "Dashboard" sheet, as the pane and the command line both recognise it: the pane writes
 * it and draws its charts; the command line may leave those charts out, since Validate draws them again.
 */
export const DASHBOARD_SHEET = "Dashboard";
/** A1 of a dashboard this add-in wrote: a sheet of the officer's called "Dashboard" is never written. */
export const DASHBOARD_TITLE = "KPI Tracker dashboard";
