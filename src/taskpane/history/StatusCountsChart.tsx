import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { STATUSES } from "../../core/vocabulary";
import type { SnapshotCounts } from "../workbook-actions";
import { STATUS_LOOK } from "../status-look";
import { usePlainListStyles } from "../components/plain-list";

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
export function countsText(counts: SnapshotCounts["counts"]): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${counts[s]} ${STATUS_LOOK[s].name.toLowerCase()}`,
  );
  return parts.length > 0 ? parts.join(", ") : "no KPIs";
}

function caption(shown: number, total: number): string {
  if (shown < total) return `Status counts of the last ${shown} of ${total} validations`;
  return total === 1 ? "Status counts of this validation" : `Status counts of all ${total} validations`;
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
  const listStyles = usePlainListStyles();
  const shown = snapshots.slice(-CHART_SNAPSHOTS);
  return (
    <figure className={styles.figure} aria-labelledby="counts-caption">
      <Caption1 as="p" id="counts-caption">
        {caption(shown.length, snapshots.length)} (all of them on the Dashboard sheet)
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
                As at {snapshot.asAt}: {countsText(snapshot.counts)}
              </Caption1>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
