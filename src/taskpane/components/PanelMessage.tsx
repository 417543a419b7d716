import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneLanguage } from "../language/LanguageProvider";
import { textIn, wordsIn, type PaneMessage } from "../pane-state";

const useStyles = makeStyles({
  command: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: "anywhere",
    userSelect: "all",
  },
  items: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface PanelMessageProps {
  message: PaneMessage | null;
  /** For the bar, when shown. */
  className?: string;
}

/** A live region that screen readers announce, holding the panel's latest message, if any. */
export function PanelMessage({ message, className }: PanelMessageProps): React.JSX.Element {
  const styles = useStyles();
  const { language, t } = usePaneLanguage();
  return (
    <div role="status" aria-live="polite">
      {message && (
        <MessageBar className={className} intent={message.intent}>
          <MessageBarBody>
            {message.title && <MessageBarTitle>{wordsIn(t, message.title)}</MessageBarTitle>}
            {textIn(t, language, message.text)}
            {message.items && (
              <ul className={styles.items}>
                {message.items.map((item, i) => (
                  <li key={i}>{wordsIn(t, item)}</li>
                ))}
              </ul>
            )}
            {message.command && <code className={styles.command}>{message.command}</code>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
