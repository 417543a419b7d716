import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { MessageKey } from "../../core/language/catalogue/en";
import { usePaneLanguage } from "../language/LanguageProvider";

/** A step's one sentence on what to do next, when it has nothing else to show yet. */
export function StepNote({ say }: { say: MessageKey }): React.JSX.Element {
  const { t } = usePaneLanguage();
  return <Text as="p">{t(say)}</Text>;
}
