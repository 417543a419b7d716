import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SelfCheckReport } from "../../excel/self-check-report";

// The results view (list, report, copy) and the check itself are fetched on first use: the initial
// task-pane bundle carries only this button.
const loadResults = () => import(/* webpackChunkName: "self-check" */ "./SelfCheckResults");
const SelfCheckResults = React.lazy(loadResults);

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SelfCheckRun {
  report: SelfCheckReport;
  /** The report as plain text for a support request. */
  text: string;
}

export interface SelfCheckPanelProps {
  disabled?: boolean;
  busy?: boolean;
  /** Runs the check; defaults to the Office.js self-check, fetched on first use. */
  runCheck?: () => Promise<SelfCheckRun>;
  /** Puts text on the clipboard; defaults to the Clipboard API. */
  copyText?: (text: string) => Promise<void>;
}

const runCheckLazily = async (): Promise<SelfCheckRun> => {
  const [{ runSelfCheck }, { formatSelfCheckReport }] = await Promise.all([
    import(/* webpackChunkName: "self-check" */ "../../excel/self-check"),
    import(/* webpackChunkName: "self-check" */ "../../excel/self-check-report"),
    loadResults(),
  ]);
  const dialog = new URL("message.html", window.location.href);
  dialog.searchParams.set("title", "KPI Tracker self-check");
  dialog.searchParams.set("text", "Dialogs work in this Excel. This window closes by itself.");
  const report = await runSelfCheck(dialog.href);
  return { report, text: formatSelfCheckReport(report) };
};

const copyWithClipboardApi = (text: string): Promise<void> => navigator.clipboard.writeText(text);

/** "Check this Excel": runs the self-check and shows the outcome as text to copy into a support request. */
export function SelfCheckPanel({
  disabled = false,
  busy = false,
  runCheck = runCheckLazily,
  copyText = copyWithClipboardApi,
}: SelfCheckPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [running, setRunning] = React.useState(false);
  const [run, setRun] = React.useState<SelfCheckRun | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const check = async (): Promise<void> => {
    setRunning(true);
    setError(null);
    try {
      setRun(await runCheck());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  const failed = run ? run.report.results.filter((r) => r.outcome === "fail").length : 0;

  return (
    <section className={styles.panel} aria-labelledby="self-check-heading">
      <Subtitle2 as="h2" id="self-check-heading">
        Check this Excel
      </Subtitle2>
      <Text>
        Tries every Excel feature KPI Tracker uses on a temporary sheet, then removes the sheet. Your KPI
        sheets are not touched.
      </Text>
      <div className={styles.actions}>
        <Button disabled={disabled || busy || running} onClick={() => void check()}>
          {running ? "Checking…" : "Check this Excel"}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>The check could not run: {error}</MessageBarBody>
          </MessageBar>
        )}
        {run && (
          <MessageBar intent={failed === 0 ? "success" : "error"}>
            <MessageBarBody>
              {failed === 0
                ? `All ${run.report.results.length} checks passed or were not applicable.`
                : `${failed} of ${run.report.results.length} checks failed.`}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {run && (
        <React.Suspense fallback={<Text>Preparing the report…</Text>}>
          <SelfCheckResults run={run} copyText={copyText} />
        </React.Suspense>
      )}
    </section>
  );
}
