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
import { isStatus } from "../../core/engine/status";
import { kpiHistory, type KpiChange } from "../../core/history/changes";
import type { HistoryRow } from "../../core/history/layout";
import type { MessageKey } from "../../core/language/catalogue/en";
import { usePaneLanguage, type PaneLanguage } from "../language/LanguageProvider";
import { STATUS_LOOK } from "../status-look";
import type { ValidationHistory } from "../workbook-actions";
import { usePlainListStyles } from "../components/plain-list";
import { useRowButtonStyles } from "../components/row-button";
import { marksIn, figureText, paperDateOr, validatedAtText } from "./figure-text";
import { StatusCountsChart } from "./StatusCountsChart";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  scroll: { overflowX: "auto" },
  table: { tableLayout: "auto" },
  date: { whiteSpace: "nowrap" },
});

const FIGURE_NAMES = {
  actual: "history.actual",
  completedOn: "history.completedOn",
  reportedStatus: "history.reportedStatus",
} as const satisfies Record<string, MessageKey>;

/** One change in words: the status move, then each figure that moved. */
export function describeChange(
  change: KpiChange,
  words: Pick<PaneLanguage, "t" | "formatDate" | "language">,
): { move: string; figures: string } {
  const { t } = words;
  const to = t(`status.${change.to.status}`);
  const move =
    change.from === null
      ? t("history.new", { to })
      : change.statusChanged
        ? `${t(`status.${change.from.status}`)} → ${to}`
        : t("history.unchanged", { to });
  const figures = change.figuresChanged
    .map(
      (key) =>
        `${t(FIGURE_NAMES[key])}${marksIn(words.t).label}` +
        `${figureText(change.from?.[key], words)} → ${figureText(change.to[key], words)}`,
    )
    .join(marksIn(words.t).list);
  return { move, figures };
}

export interface HistoryPanelProps {
  history: ValidationHistory;
  /** A command is running: picking a KPI waits. */
  busy: boolean;
  /** Selects the KPI's row in the sheet and shows its own history. */
  onPick(kpiId: string): void;
  /** The picked KPI and every row of the history (null while they are read); null before one is picked. */
  picked: { kpiId: string; rows: HistoryRow[] | null } | null;
}

/** After Validate: the counts of every validation, what changed since the last one, and one KPI's history. */
export function HistoryPanel({ history, busy, onPick, picked }: HistoryPanelProps): React.JSX.Element {
  const styles = useStyles();
  const words = usePaneLanguage();
  const { t } = words;
  const pickedRows = picked?.rows ? kpiHistory(picked.rows, picked.kpiId) : null;
  const listStyles = usePlainListStyles();
  const rowStyles = useRowButtonStyles();
  const { changes, previous } = history.changes;
  return (
    <section className={styles.panel} aria-labelledby="history-heading">
      <Subtitle2 as="h2" id="history-heading">
        {t("history.heading")}
      </Subtitle2>
      {history.notes.map((note) => (
        <Text key={note}>{note}</Text>
      ))}
      <StatusCountsChart snapshots={history.snapshots} />

      <Subtitle2 as="h3" id="changes-heading">
        {t("history.changes", { count: changes.length })}
      </Subtitle2>
      {previous === null ? (
        <Text>{t("history.first")}</Text>
      ) : (
        <Caption1>
          {t("history.compared", {
            asAt: words.formatDate(previous.asAt),
            validatedAt: validatedAtText(previous.validatedAt, words),
          })}
        </Caption1>
      )}
      {previous !== null && changes.length === 0 && <Text>{t("history.noChange")}</Text>}
      {changes.length > 0 && (
        <ul className={listStyles.list} aria-labelledby="changes-heading">
          {changes.map((change) => {
            const { move, figures } = describeChange(change, words);
            return (
              <li key={change.id}>
                <Button
                  className={rowStyles.button}
                  style={{ borderLeftColor: STATUS_LOOK[change.to.status].foreground }}
                  appearance="subtle"
                  disabled={busy}
                  onClick={() => onPick(change.id)}
                >
                  <span className={rowStyles.head}>
                    <span>{change.id}</span>
                    <span>{move}</span>
                  </span>
                  {figures && <Caption1 className={styles.detail}>{figures}</Caption1>}
                </Button>
              </li>
            );
          })}
        </ul>
      )}

      {picked && (
        <>
          <Subtitle2 as="h3" id="kpi-history-heading">
            {t("history.ofKpi", { kpiId: picked.kpiId })}
          </Subtitle2>
          {pickedRows === null ? (
            <Text>{t("history.reading")}</Text>
          ) : pickedRows.length === 0 ? (
            <Text>{t("history.noRow", { kpiId: picked.kpiId })}</Text>
          ) : (
            <div className={styles.scroll}>
              <Table className={styles.table} size="extra-small" aria-labelledby="kpi-history-heading">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t("history.asAt")}</TableHeaderCell>
                    <TableHeaderCell>{t("history.status")}</TableHeaderCell>
                    <TableHeaderCell>{t("history.actual")}</TableHeaderCell>
                    <TableHeaderCell>{t("history.completedOn")}</TableHeaderCell>
                    <TableHeaderCell>{t("history.note")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {pickedRows.map((row, i) => (
                    <TableRow key={i}>
                      <TableCell className={styles.date}>{paperDateOr(row.asAt, words)}</TableCell>
                      <TableCell>{isStatus(row.status) ? t(`status.${row.status}`) : row.status}</TableCell>
                      <TableCell>{String(row.actual ?? "")}</TableCell>
                      <TableCell>{paperDateOr(row.completedOn, words)}</TableCell>
                      <TableCell>{row.note}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
