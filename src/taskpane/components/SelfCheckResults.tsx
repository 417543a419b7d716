import * as React from "react";
import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKey } from "../../core/language/catalogue/en";
import { marksIn } from "../history/figure-text";
import { usePaneLanguage } from "../language/LanguageProvider";
import type { SelfCheckRun } from "../workbook-actions";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  results: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const OUTCOME_LABEL = {
  pass: "check.outcome.pass",
  fail: "check.outcome.fail",
  "not supported": "check.outcome.notSupported",
} as const satisfies Record<string, MessageKey>;

/** The capabilities src/excel/self-check.ts names, in the catalogue; a name it adds later shows as it is. */
const CAPABILITY_NAMES: Readonly<Record<string, MessageKey>> = {
  "Temporary sheet": "check.capability.temporarySheet",
  "Table create and read": "check.capability.table",
  "Number formats": "check.capability.numberFormats",
  "Data validation": "check.capability.dataValidation",
  "Conditional formats": "check.capability.conditionalFormats",
  "Sheet protection": "check.capability.protection",
  "Workbook settings": "check.capability.settings",
  "Events (table changes)": "check.capability.events",
  Dialog: "check.capability.dialog",
  "Excel.run": "check.capability.run",
  "Clean-up": "check.capability.cleanUp",
};

export interface SelfCheckResultsProps {
  run: SelfCheckRun;
  copyText: (text: string) => Promise<void>;
}

/** Pass or fail per capability, and the report as read-only text with a Copy button. */
export default function SelfCheckResults({ run, copyText }: SelfCheckResultsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const marks = marksIn(t);
  const [copied, setCopied] = React.useState<string | null>(null);
  const reportRef = React.useRef<HTMLTextAreaElement>(null);

  const capabilityName = (capability: string): string => {
    const key = CAPABILITY_NAMES[capability];
    return key ? t(key) : capability;
  };

  const copy = async (): Promise<void> => {
    reportRef.current?.select();
    try {
      await copyText(run.text);
      setCopied(t("check.copied"));
    } catch {
      // Some webviews refuse the Clipboard API; the text is selected, so Ctrl+C (Cmd+C) copies it.
      setCopied(t("check.copyRefused"));
    }
  };

  return (
    <>
      <ul className={styles.results} aria-label={t("check.results")}>
        {run.report.results.map((r) => (
          <li key={r.capability}>
            <strong>{t(OUTCOME_LABEL[r.outcome])}</strong>
            {`${marks.colon}${capabilityName(r.capability)}${marks.stop} `}
            {/* What Excel answered, as the report for support says it: in English. */}
            <span lang="en">{r.detail}</span>
          </li>
        ))}
      </ul>
      <Field label={t("check.report")}>
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
        <Button onClick={() => void copy()}>{t("check.copy")}</Button>
        {copied && <Text role="status">{copied}</Text>}
      </div>
    </>
  );
}
