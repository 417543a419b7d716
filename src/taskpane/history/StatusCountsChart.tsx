import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { STATUSES } from "../../core/vocabulary";
import type { SnapshotCounts } from "../workbook-actions";
import { STATUS_LOOK } from "../status-look";
import { usePlainListStyles } from "../components/plain-list";
import { usePaneLanguage, type PaneLanguage } from "../language/LanguageProvider";
import { marksIn } from "./figure-text";

/** How many validations the pane draws; the Dashboard sheet charts them all. */
export const CHART_SNAPSHOTS = 6;

const useStyles = makeStyles({
  figure: { margin: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  bar: {
    display: "flex",
    height: "12px",
    width: "100%",
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  numbers: { fontVariantNumeric: "tabular-nums" },
});

/** The counts in words, worst status first, zeros left out: what a screen reader reads for the bar. */
export function countsText(
  counts: SnapshotCounts["counts"],
  { t, language }: Pick<PaneLanguage, "t" | "language">,
): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => {
    const word = t(`status.${s}`);
    // English reads "3 overdue" in lower case; Chinese has no case.
    return t("history.chart.count", {
      count: counts[s],
      status: language === "en" ? word.toLowerCase() : word,
    });
  });
  return parts.length > 0 ? parts.join(marksIn(t).series) : t("history.chart.noKpis");
}

function caption(shown: number, total: number, { t }: Pick<PaneLanguage, "t">): string {
  if (shown < total) return t("history.chart.lastOf", { shown, total });
  return total === 1 ? t("history.chart.this") : t("history.chart.all", { total });
}

/**
 * The status counts of the last few validations as small stacked bars, the same counts as the
 * Dashboard sheet's chart. The bars are decoration (aria-hidden); the numbers beside them are text.
 */
export function StatusCountsChart({
  snapshots,
}: {
  snapshots: readonly SnapshotCounts[];
}): React.JSX.Element {
  const styles = useStyles();
  const words = usePaneLanguage();
  const listStyles = usePlainListStyles();
  const shown = snapshots.slice(-CHART_SNAPSHOTS);
  return (
    <figure className={styles.figure} aria-labelledby="counts-caption">
      <Caption1 as="p" id="counts-caption">
        {words.t("history.chart.caption", { caption: caption(shown.length, snapshots.length, words) })}
      </Caption1>
      <ul className={listStyles.list}>
        {shown.map((snapshot) => {
          const total = STATUSES.reduce((n, s) => n + snapshot.counts[s], 0);
          return (
            <li key={`${snapshot.asAt} ${snapshot.validatedAt}`} className={styles.item}>
              <span className={styles.bar} aria-hidden="true">
                {STATUSES.filter((s) => snapshot.counts[s] > 0).map((s) => (
                  <span
                    key={s}
                    style={{
                      width: `${(100 * snapshot.counts[s]) / Math.max(total, 1)}%`,
                      backgroundColor: STATUS_LOOK[s].foreground,
                    }}
                  />
                ))}
              </span>
              <Caption1 className={styles.numbers}>
                {words.t("history.chart.asAt", {
                  asAt: words.formatDate(snapshot.asAt),
                  counts: countsText(snapshot.counts, words),
                })}
              </Caption1>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
