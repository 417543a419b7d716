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
import { STATUS_LOOK } from "../status-look";
import type { ValidationHistory } from "../workbook-actions";
import { usePlainListStyles } from "../components/plain-list";
import { useRowButtonStyles } from "../components/row-button";
import { StatusCountsChart } from "./StatusCountsChart";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  scroll: { overflowX: "auto" },
  table: { tableLayout: "auto" },
  date: { whiteSpace: "nowrap" },
});

const FIGURE_NAMES = {
  actual: "Actual",
  completedOn: "Completed on",
  reportedStatus: "Reported status",
} as const;

function shown(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value).trim();
  return text === "" ? "blank" : `“${text}”`;
}

/** One change in words: the status move, then each figure that moved. */
export function describeChange(change: KpiChange): { move: string; figures: string } {
  const to = STATUS_LOOK[change.to.status].name;
  const move =
    change.from === null
      ? `new: ${to}`
      : change.statusChanged
        ? `${STATUS_LOOK[change.from.status].name} → ${to}`
        : `${to}, unchanged`;
  const figures = change.figuresChanged
    .map((key) => `${FIGURE_NAMES[key]} ${shown(change.from?.[key])} → ${shown(change.to[key])}`)
    .join("; ");
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
  const pickedRows = picked?.rows ? kpiHistory(picked.rows, picked.kpiId) : null;
  const listStyles = usePlainListStyles();
  const rowStyles = useRowButtonStyles();
  const { changes, previous } = history.changes;
  return (
    <section className={styles.panel} aria-labelledby="history-heading">
      <Subtitle2 as="h2" id="history-heading">
        History
      </Subtitle2>
      {history.notes.map((note) => (
        <Text key={note}>{note}</Text>
      ))}
      <StatusCountsChart snapshots={history.snapshots} />

      <Subtitle2 as="h3" id="changes-heading">
        Changes since the last validation ({changes.length})
      </Subtitle2>
      {previous === null ? (
        <Text>This is the first validation kept in the history: the next one will be compared with it.</Text>
      ) : (
        <Caption1>
          Compared with the validation as at {previous.asAt} ({previous.validatedAt}). Worst status first;
          pick one to go to its row and see its history.
        </Caption1>
      )}
      {previous !== null && changes.length === 0 && <Text>No status or figure changed.</Text>}
      {changes.length > 0 && (
        <ul className={listStyles.list} aria-labelledby="changes-heading">
          {changes.map((change) => {
            const { move, figures } = describeChange(change);
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
            History of {picked.kpiId}
          </Subtitle2>
          {pickedRows === null ? (
            <Text>Reading the history…</Text>
          ) : pickedRows.length === 0 ? (
            <Text>The history has no row for {picked.kpiId} yet.</Text>
          ) : (
            <div className={styles.scroll}>
              <Table className={styles.table} size="extra-small" aria-labelledby="kpi-history-heading">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>As at</TableHeaderCell>
                    <TableHeaderCell>Status</TableHeaderCell>
                    <TableHeaderCell>Actual</TableHeaderCell>
                    <TableHeaderCell>Completed on</TableHeaderCell>
                    <TableHeaderCell>Note</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {pickedRows.map((row, i) => (
                    <TableRow key={i}>
                      <TableCell className={styles.date}>{row.asAt}</TableCell>
                      <TableCell>
                        {isStatus(row.status) ? STATUS_LOOK[row.status].name : row.status}
                      </TableCell>
                      <TableCell>{String(row.actual ?? "")}</TableCell>
                      <TableCell>{String(row.completedOn ?? "")}</TableCell>
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
