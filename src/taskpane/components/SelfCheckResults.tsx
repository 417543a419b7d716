import * as React from "react";
import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { SelfCheckRun } from "../workbook-actions";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  results: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const OUTCOME_LABEL = { pass: "Pass", fail: "Fail", "not supported": "Not supported" } as const;

export interface SelfCheckResultsProps {
  run: SelfCheckRun;
  copyText: (text: string) => Promise<void>;
}

/** Pass or fail per capability, and the report as read-only text with a Copy button. */
export default function SelfCheckResults({ run, copyText }: SelfCheckResultsProps): React.JSX.Element {
  const styles = useStyles();
  const [copied, setCopied] = React.useState<string | null>(null);
  const reportRef = React.useRef<HTMLTextAreaElement>(null);

  const copy = async (): Promise<void> => {
    reportRef.current?.select();
    try {
      await copyText(run.text);
      setCopied("Copied. Paste it into your support request.");
    } catch {
      // Some webviews refuse the Clipboard API; the text is selected, so Ctrl+C (Cmd+C) copies it.
      setCopied("Your Excel does not allow copying from here: the text is selected, press Ctrl+C.");
    }
  };

  return (
    <>
      <ul className={styles.results} aria-label="Self-check results">
        {run.report.results.map((r) => (
          <li key={r.capability}>
            <strong>{OUTCOME_LABEL[r.outcome]}</strong>
            {`: ${r.capability}. ${r.detail}`}
          </li>
        ))}
      </ul>
      <Field label="Report for a support request">
        <Textarea
          ref={reportRef}
          className={styles.report}
          value={run.text}
          readOnly
          rows={8}
          resize="vertical"
        />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => void copy()}>Copy report</Button>
        {copied && <Text role="status">{copied}</Text>}
      </div>
    </>
  );
}
