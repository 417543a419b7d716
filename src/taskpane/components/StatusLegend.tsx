import * as React from "react";
import { Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { STATUSES, type Status } from "../../core/vocabulary";
import { usePaneLanguage } from "../language/LanguageProvider";
import { marksIn } from "../history/figure-text";
import { STATUS_LOOK } from "../status-look";
import { usePlainListStyles } from "./plain-list";

const useStyles = makeStyles({
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  swatch: {
    flexShrink: 0,
    width: "14px",
    height: "14px",
    marginTop: "2px",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  text: { flexGrow: 1 },
  count: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

export interface StatusLegendProps {
  /** Rows per status after the last Validate; absent before it. */
  counts?: Record<Status, number>;
}

/** What each row colour in the sheet means, with how many rows have it. */
export function StatusLegend({ counts }: StatusLegendProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const listStyles = usePlainListStyles();
  return (
    <section aria-labelledby="legend-heading">
      <Subtitle2 as="h2" id="legend-heading">
        {t(counts ? "pane.legend.statuses" : "pane.legend.rowColours")}
      </Subtitle2>
      <ul className={listStyles.list}>
        {STATUSES.map((status) => {
          const look = STATUS_LOOK[status];
          const name = t(`status.${status}`);
          return (
            <li key={status} className={styles.item}>
              <span
                className={styles.swatch}
                style={{ backgroundColor: look.background }}
                aria-hidden="true"
              />
              <span className={styles.text}>
                <strong>{name}</strong>
                {marksIn(t).colon}
                {t(`pane.legend.${status}`)}
              </span>
              {counts && (
                <span
                  className={mergeClasses(styles.count)}
                  aria-label={t("pane.legend.count", { count: counts[status], status: name })}
                >
                  {counts[status]}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
