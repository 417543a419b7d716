import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A full-width button that goes to a KPI's row (a flagged row, a change since the last validation): its
 * lines stacked, a status-coloured bar on the left (set inline), a bold first line.
 */
export const useRowButtonStyles = makeStyles({
  button: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    alignItems: "flex-start",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
    fontWeight: tokens.fontWeightRegular,
  },
  head: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    fontWeight: tokens.fontWeightSemibold,
  },
});
