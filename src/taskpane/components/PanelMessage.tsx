import * as React from "react";
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";

/** What a panel tells the officer after an action; `command` is a command line to copy (e.g. on Mac). */
export type PanelMessageContent = {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  command?: string;
};

const useStyles = makeStyles({
  command: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: "anywhere",
    userSelect: "all",
  },
});

/** A live region that screen readers announce, holding the panel's latest message, if any. */
export function PanelMessage({ message }: { message: PanelMessageContent | null }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite">
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>
            {message.text}
            {message.command && <code className={styles.command}>{message.command}</code>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
