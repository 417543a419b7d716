import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ReturnsOutSection, type ReturnsOutProps } from "./ReturnsOutSection";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export type ReturnsPanelProps = ReturnsOutProps;

/** Department returns: out to each department, and (below) back into the tracking table. */
export function ReturnsPanel(props: ReturnsPanelProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-labelledby="returns-heading">
      <Subtitle2 as="h2" id="returns-heading">
        Department returns
      </Subtitle2>
      <ReturnsOutSection {...props} />
    </section>
  );
}
