import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneLanguage } from "../language/LanguageProvider";
import { CollectReturnsSection, type CollectReturnsProps } from "./CollectReturnsSection";
import { ReturnsOutSection, type ReturnsOutProps } from "./ReturnsOutSection";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export type ReturnsPanelProps = ReturnsOutProps & Omit<CollectReturnsProps, "disabled" | "read">;

/**
 * Department returns: out to each department, and back into the tracking table. Returns out writes
 * nothing to the workbook, so it stays available while a command runs; Collect waits.
 */
export function ReturnsPanel({ run, busy, message, ...out }: ReturnsPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  return (
    <section className={styles.panel} aria-labelledby="returns-heading">
      <Subtitle2 as="h2" id="returns-heading">
        {t("returns.heading")}
      </Subtitle2>
      <ReturnsOutSection {...out} />
      <CollectReturnsSection run={run} busy={busy} message={message} disabled={out.disabled} />
    </section>
  );
}
