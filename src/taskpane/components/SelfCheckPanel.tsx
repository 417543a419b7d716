import * as React from "react";
import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PanelCommands } from "../pane-state";
import type { SelfCheckRun } from "../workbook-actions";
import type { Translate } from "../../core/language/translate";
import { usePaneLanguage } from "../language/LanguageProvider";
import { PanelMessage } from "./PanelMessage";

// The results view (list, report, copy) is fetched with the check: the initial task-pane bundle carries
// only this button.
const loadResults = () => import(/* webpackChunkName: "self-check" */ "./SelfCheckResults");
const SelfCheckResults = React.lazy(loadResults);

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SelfCheckPanelProps extends PanelCommands {
  disabled?: boolean;
  /** Puts text on the clipboard; defaults to the Clipboard API. */
  copyText?: (text: string) => Promise<void>;
}

/** The page the check's dialog opens: it says that dialogs work, and closes itself. */
function dialogUrl(t: Translate): string {
  const dialog = new URL("message.html", window.location.href);
  dialog.searchParams.set("title", t("check.dialogTitle"));
  dialog.searchParams.set("text", t("check.dialogText"));
  return dialog.href;
}

function failedCount(checked: SelfCheckRun): number {
  return checked.report.results.filter((r) => r.outcome === "fail").length;
}

const copyWithClipboardApi = (text: string): Promise<void> => navigator.clipboard.writeText(text);

/** "Check this Excel": runs the self-check and shows the outcome as text to copy into a support request. */
export function SelfCheckPanel({
  run,
  busy,
  message,
  disabled = false,
  copyText = copyWithClipboardApi,
}: SelfCheckPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const checking = t("check.busy");
  const [checked, setChecked] = React.useState<SelfCheckRun | null>(null);

  const check = async (): Promise<void> => {
    const done = await run({
      area: "self-check",
      busy: checking,
      failure: t("check.failure"),
      perform: async (actions) => (await Promise.all([actions.runSelfCheck(dialogUrl(t)), loadResults()]))[0],
      succeeded: (done) => {
        const failed = failedCount(done);
        const total = done.report.results.length;
        return {
          message: {
            intent: failed === 0 ? "success" : "error",
            text: failed === 0 ? t("check.allPassed", { total }) : t("check.someFailed", { failed, total }),
          },
        };
      },
    });
    if (done) setChecked(done);
  };

  return (
    <section className={styles.panel} aria-labelledby="self-check-heading">
      <Subtitle2 as="h2" id="self-check-heading">
        {t("check.heading")}
      </Subtitle2>
      <Text>{t("check.intro")}</Text>
      <div className={styles.actions}>
        <Button disabled={disabled || busy !== null} onClick={() => void check()}>
          {busy?.label === checking ? t("check.checking") : t("check.button")}
        </Button>
      </div>
      <PanelMessage message={message} />
      {checked && (
        <React.Suspense fallback={<Text>{t("check.preparingReport")}</Text>}>
          <SelfCheckResults run={checked} copyText={copyText} />
        </React.Suspense>
      )}
    </section>
  );
}
