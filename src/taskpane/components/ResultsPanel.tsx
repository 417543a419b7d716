import * as React from "react";
import {
  Button,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FLAGGED_STATUSES } from "../../core/engine/status";
import { STATUSES } from "../../core/vocabulary";
import { usePaneLanguage } from "../language/LanguageProvider";
import { STATUS_LOOK } from "../status-look";
import type { FlaggedRow, ValidationSummary } from "../workbook-actions";
import { usePlainListStyles } from "./plain-list";
import { useRowButtonStyles } from "./row-button";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { tableLayout: "auto" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  numberHeader: { "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  reason: {
    color: tokens.colorNeutralForeground2,
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
});

export interface ResultsPanelProps {
  summary: ValidationSummary;
  /** A command is running: going to a row waits. */
  busy: boolean;
  onSelect(row: FlaggedRow): void;
}

/** After Validate: counts per department and the flagged rows, each of which jumps to its row in the sheet. */
export function ResultsPanel({ summary, busy, onSelect }: ResultsPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { t, formatDate } = usePaneLanguage();
  const listStyles = usePlainListStyles();
  const rowStyles = useRowButtonStyles();
  const flaggedCount = (counts: Record<string, number>) =>
    FLAGGED_STATUSES.reduce((n, s) => n + counts[s], 0);
  return (
    <section className={styles.panel} aria-labelledby="results-heading">
      <Subtitle2 as="h2" id="results-heading">
        {t("pane.results.heading")}
      </Subtitle2>
      <Text>
        {t("pane.results.summary", {
          total: summary.total,
          sheet: summary.sheetName,
          date: formatDate(summary.asAt),
          flagged: flaggedCount(summary.byStatus),
          completed: summary.byStatus.completed,
        })}
      </Text>
      {summary.sheetOutdated && <Text>{t("pane.results.outdated")}</Text>}

      <Table className={styles.table} size="extra-small" aria-label={t("pane.results.perDepartment")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("pane.results.department")}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{t("pane.results.kpis")}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{t("pane.results.flagged")}</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>{t("pane.results.done")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.byDepartment.map(({ department, counts }) => (
            <TableRow key={department}>
              <TableCell>{department}</TableCell>
              <TableCell className={styles.number}>{STATUSES.reduce((n, s) => n + counts[s], 0)}</TableCell>
              <TableCell className={styles.number}>{flaggedCount(counts)}</TableCell>
              <TableCell className={styles.number}>{counts.completed}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Subtitle2 as="h3" id="flagged-heading">
        {t("pane.results.flaggedHeading", { count: summary.flagged.length })}
      </Subtitle2>
      {summary.flagged.length === 0 ? (
        <Text>{t("pane.results.noneFlagged")}</Text>
      ) : (
        <ul className={listStyles.list} aria-labelledby="flagged-heading">
          {summary.flagged.map((row) => (
            <li key={`${row.tableName}:${row.kpiId}`}>
              <Button
                className={rowStyles.button}
                style={{ borderLeftColor: STATUS_LOOK[row.status].foreground }}
                appearance="subtle"
                disabled={busy}
                onClick={() => onSelect(row)}
              >
                <span className={rowStyles.head}>
                  <span>{row.kpiId}</span>
                  <span>{t(`status.${row.status}`)}</span>
                  <Caption1>{row.department}</Caption1>
                </span>
                <Caption1 className={styles.reason}>{row.reason}</Caption1>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
