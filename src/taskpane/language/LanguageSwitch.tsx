import * as React from "react";
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/language/language";
import { usePaneLanguage } from "./LanguageProvider";

/** Each language is named in itself, so an officer finds theirs whichever the pane is in. */
const CHOICES: readonly { language: Language; name: string }[] = [
  { language: "en", name: "English" },
  { language: "zh-HK", name: "中文" },
];

const useStyles = makeStyles({ group: { display: "flex", gap: tokens.spacingHorizontalXS } });

/** English / 中文: overrides Office's display language, and is remembered. */
export function LanguageSwitch(): React.JSX.Element {
  const styles = useStyles();
  const { language, t, choose } = usePaneLanguage();
  return (
    <div role="group" aria-label={t("pane.language.label")} className={styles.group}>
      {CHOICES.map((choice) => (
        <ToggleButton
          key={choice.language}
          lang={choice.language}
          size="small"
          appearance={choice.language === language ? "primary" : "secondary"}
          checked={choice.language === language}
          onClick={() => choose(choice.language)}
        >
          {choice.name}
        </ToggleButton>
      ))}
    </div>
  );
}
