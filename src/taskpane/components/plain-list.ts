import { makeStyles, tokens } from "@fluentui/react-components";

/** A bulleted list without bullets, its items stacked with a small gap (the legend, the flagged rows). */
export const usePlainListStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});
