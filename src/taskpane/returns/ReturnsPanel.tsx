import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { CollectReturnsSection, type CollectReturnsProps } from "./CollectReturnsSection";
import { ReturnsOutSection, type ReturnsOutProps } from "./ReturnsOutSection";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export type ReturnsPanelProps = ReturnsOutProps & Pick<CollectReturnsProps, "collectReturns">;

/** Department returns: out to each department, and back into the tracking table. */
export function ReturnsPanel({ collectReturns, ...out }: ReturnsPanelProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-labelledby="returns-heading">
      <Subtitle2 as="h2" id="returns-heading">
        Department returns
      </Subtitle2>
      <ReturnsOutSection {...out} />
      <CollectReturnsSection collectReturns={collectReturns} disabled={out.disabled} />
    </section>
  );
}
