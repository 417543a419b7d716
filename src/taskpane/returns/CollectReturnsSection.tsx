import * as React from "react";
import { Button, Caption1, Label, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReturnsSummary } from "../../core/returns/department-return";
import { PanelMessage } from "../components/PanelMessage";
import type { PaneMessage, PanelCommands } from "../pane-state";
import type { CollectOutcome } from "../workbook-actions";
import { readReturns, type ReadReturns } from "./read-returns";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fileField: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  file: { maxWidth: "100%" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  counts: { fontVariantNumeric: "tabular-nums" },
});

export interface CollectReturnsProps extends PanelCommands {
  disabled?: boolean;
  /** Reads the picked files in the pane; defaults to the lazy readers of src/export. */
  read?: (files: readonly File[]) => Promise<ReadReturns>;
}

interface Collected {
  outcome: CollectOutcome | null;
  read: ReadReturns;
}

function countsLine(summary: ReturnsSummary): string {
  return (
    `${summary.merged} merged, ${summary.unchanged} unchanged, ${summary.conflicts.length} ` +
    `conflict${summary.conflicts.length === 1 ? "" : "s"}, ${summary.refused.length} refused`
  );
}

function shown(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value).trim();
  return text === "" ? "blank" : `“${text}”`;
}

const COLLECTING = "Collecting returns…";

function collectedMessage({ outcome, read }: Collected): PaneMessage {
  if (outcome === null) return { intent: "error", text: "No file could be read, so nothing was written." };
  const { summary } = outcome;
  const flagged = summary.conflicts.length + summary.refused.length + read.unreadable.length > 0;
  return {
    intent: flagged ? "warning" : "success",
    text:
      `${read.returns.length} return${read.returns.length === 1 ? "" : "s"} collected into ` +
      `"${outcome.sheetName}": ${countsLine(summary)}.` +
      (summary.merged + summary.conflicts.length > 0
        ? " The entries replaced are kept in the KPI history sheet. Validate to update the statuses."
        : ""),
  };
}

/** Collect returns: several department files at once, merged into the tracking table by KPI ID. */
export function CollectReturnsSection({
  run,
  busy,
  message,
  disabled = false,
  read = readReturns,
}: CollectReturnsProps): React.JSX.Element {
  const styles = useStyles();
  const fileId = React.useId();
  const [files, setFiles] = React.useState<File[]>([]);
  const [collected, setCollected] = React.useState<Collected | null>(null);

  const collect = async (): Promise<void> => {
    setCollected(null);
    const done = await run({
      area: "returns",
      busy: COLLECTING,
      failure: "The returns were not collected",
      perform: async (actions): Promise<Collected> => {
        const reading = await read(files);
        // Nothing readable: nothing to write, and the table is not touched.
        if (reading.returns.length === 0) return { outcome: null, read: reading };
        return { outcome: await actions.collectReturns({ returns: reading.returns }), read: reading };
      },
      succeeded: (done) => ({ message: collectedMessage(done) }),
    });
    if (done) setCollected(done);
  };

  const summary = collected?.outcome?.summary;
  return (
    <section className={styles.section} aria-labelledby="collect-heading">
      <Subtitle2 as="h3" id="collect-heading">
        Collect returns
      </Subtitle2>
      <div className={styles.fileField}>
        <Label htmlFor={fileId}>Returns (workbooks or CSV files)</Label>
        <input
          id={fileId}
          className={styles.file}
          type="file"
          multiple
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={`${fileId}-hint`}
          onChange={(event) => setFiles([...(event.currentTarget.files ?? [])])}
        />
        <Caption1 id={`${fileId}-hint`}>
          Open the KPI sheet first. Each return’s entries replace the sheet’s for its KPIs; where two returns
          disagree, nothing is written and the row is marked for review.
        </Caption1>
      </div>
      <Button
        appearance="primary"
        disabled={disabled || busy !== null || files.length === 0}
        onClick={() => void collect()}
      >
        {busy?.label === COLLECTING
          ? "Collecting…"
          : `Collect ${files.length > 1 ? `${files.length} returns` : "returns"}`}
      </Button>
      <PanelMessage message={message} />
      {collected && collected.read.unreadable.length > 0 && (
        <>
          <Text weight="semibold" id="unreadable-heading">
            Not read ({collected.read.unreadable.length})
          </Text>
          <ul className={styles.list} aria-labelledby="unreadable-heading">
            {collected.read.unreadable.map((file) => (
              <li key={file.fileName}>
                {file.fileName}: {file.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary && summary.conflicts.length > 0 && (
        <>
          <Text weight="semibold" id="conflicts-heading">
            Conflicts, marked for review ({summary.conflicts.length})
          </Text>
          <ul className={styles.list} aria-labelledby="conflicts-heading">
            {summary.conflicts.map((conflict) => (
              <li key={conflict.id}>
                {conflict.id}:{" "}
                {conflict.values
                  .map(
                    (value) =>
                      `${value.source} gives Actual ${shown(value.actual)}, Completed on ${shown(value.completedOn)}`,
                  )
                  .join("; ")}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary && summary.refused.length > 0 && (
        <>
          <Text weight="semibold" id="refused-heading">
            Refused rows ({summary.refused.length})
          </Text>
          <ul className={styles.list} aria-labelledby="refused-heading">
            {summary.refused.map((row) => (
              <li key={`${row.source}:${row.id}`}>
                {row.source}: {row.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {collected && collected.read.warnings.length > 0 && (
        <ul className={styles.list} aria-label="Warnings">
          {collected.read.warnings.map((warning, i) => (
            <li key={i}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
