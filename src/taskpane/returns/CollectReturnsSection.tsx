import * as React from "react";
import { Button, Caption1, Label, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { messageIn } from "../../core/language/catalogue-message";
import type { ReturnsSummary } from "../../core/returns/department-return";
import { PanelMessage } from "../components/PanelMessage";
import { marksIn, figureText } from "../history/figure-text";
import { usePaneLanguage, type PaneLanguage } from "../language/LanguageProvider";
import { wordsIn, type PaneMessage, type PanelCommands } from "../pane-state";
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

type Words = Pick<PaneLanguage, "t" | "formatDate" | "language">;

function countsLine(summary: ReturnsSummary, { t }: Words): string {
  const counts = {
    merged: summary.merged,
    unchanged: summary.unchanged,
    conflicts: summary.conflicts.length,
    refused: summary.refused.length,
  };
  return t(counts.conflicts === 1 ? "returns.collect.countsOneConflict" : "returns.collect.counts", counts);
}

function collectedMessage({ outcome, read }: Collected, words: Words): PaneMessage {
  const { t } = words;
  if (outcome === null) return { intent: "error", text: t("returns.collect.nothingRead") };
  const { summary } = outcome;
  const flagged = summary.conflicts.length + summary.refused.length + read.unreadable.length > 0;
  const collected = t(
    read.returns.length === 1 ? "returns.collect.collectedOne" : "returns.collect.collected",
    {
      count: read.returns.length,
      sheetName: outcome.sheetName,
      counts: countsLine(summary, words),
    },
  );
  return {
    intent: flagged ? "warning" : "success",
    text:
      summary.merged + summary.conflicts.length > 0
        ? t("returns.collect.replacedKept", { collected })
        : collected,
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
  const words = usePaneLanguage();
  const { t } = words;
  const marks = marksIn(words.t);
  const fileId = React.useId();
  const [files, setFiles] = React.useState<File[]>([]);
  const [collected, setCollected] = React.useState<Collected | null>(null);

  const collect = async (): Promise<void> => {
    setCollected(null);
    const done = await run({
      area: "returns",
      busy: t("returns.collect.busy"),
      failure: t("returns.collect.failure"),
      perform: async (actions): Promise<Collected> => {
        const reading = await read(files);
        // Nothing readable: nothing to write, and the table is not touched.
        if (reading.returns.length === 0) return { outcome: null, read: reading };
        return { outcome: await actions.collectReturns({ returns: reading.returns }), read: reading };
      },
      succeeded: (done) => ({ message: collectedMessage(done, words) }),
    });
    if (done) setCollected(done);
  };

  const summary = collected?.outcome?.summary;
  return (
    <section className={styles.section} aria-labelledby="collect-heading">
      <Subtitle2 as="h3" id="collect-heading">
        {t("returns.collect.heading")}
      </Subtitle2>
      <div className={styles.fileField}>
        <Label htmlFor={fileId}>{t("returns.collect.files")}</Label>
        <input
          id={fileId}
          className={styles.file}
          type="file"
          multiple
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={`${fileId}-hint`}
          onChange={(event) => setFiles([...(event.currentTarget.files ?? [])])}
        />
        <Caption1 id={`${fileId}-hint`}>{t("returns.collect.hint")}</Caption1>
      </div>
      <Button
        appearance="primary"
        disabled={disabled || busy !== null || files.length === 0}
        onClick={() => void collect()}
      >
        {busy?.label === t("returns.collect.busy")
          ? t("returns.collect.collecting")
          : files.length > 1
            ? t("returns.collect.buttonMany", { count: files.length })
            : t("returns.collect.button")}
      </Button>
      <PanelMessage message={message} />
      {collected && collected.read.unreadable.length > 0 && (
        <>
          <Text weight="semibold" id="unreadable-heading">
            {t("returns.collect.notRead", { count: collected.read.unreadable.length })}
          </Text>
          <ul className={styles.list} aria-labelledby="unreadable-heading">
            {collected.read.unreadable.map((file) => (
              <li key={file.fileName}>
                {file.fileName}
                {marks.colon}
                {wordsIn(t, file.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary && summary.conflicts.length > 0 && (
        <>
          <Text weight="semibold" id="conflicts-heading">
            {t("returns.collect.conflicts", { count: summary.conflicts.length })}
          </Text>
          <ul className={styles.list} aria-labelledby="conflicts-heading">
            {summary.conflicts.map((conflict) => (
              <li key={conflict.id}>
                {conflict.id}
                {marks.colon}
                {conflict.values
                  .map((value) =>
                    t("returns.collect.conflictValue", {
                      source: value.source,
                      actual: figureText(value.actual, words),
                      completedOn: figureText(value.completedOn, words),
                    }),
                  )
                  .join(marksIn(words.t).list)}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary && summary.refused.length > 0 && (
        <>
          <Text weight="semibold" id="refused-heading">
            {t("returns.collect.refused", { count: summary.refused.length })}
          </Text>
          <ul className={styles.list} aria-labelledby="refused-heading">
            {summary.refused.map((row) => (
              <li key={`${row.source}:${row.id}`}>
                {row.source}
                {marks.colon}
                {messageIn(t, row.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
      {collected && collected.read.warnings.length > 0 && (
        <ul className={styles.list} aria-label={t("returns.collect.warnings")}>
          {collected.read.warnings.map(({ fileName, warning }, i) => (
            <li key={i}>
              {fileName}
              {marks.colon}
              {messageIn(t, warning)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
