import * as React from "react";
import { Button, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneLanguage } from "../language/LanguageProvider";
import { AsAtField } from "./AsAtField";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  field: { flexGrow: 1, minWidth: "120px" },
});

export interface ValidatePanelProps {
  asAt: string;
  /** Share of the distance to target a KPI may lag, 0..1; shown as a percentage. */
  tolerance: number;
  disabled: boolean;
  busy: boolean;
  onAsAtChange(asAt: string): void;
  onToleranceChange(tolerance: number): void;
  onValidate(): void;
}

export function ValidatePanel(props: ValidatePanelProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const percent = Math.round(props.tolerance * 100);
  return (
    <section className={styles.panel} aria-labelledby="validate-heading">
      <Subtitle2 as="h2" id="validate-heading">
        {t("pane.validate.heading")}
      </Subtitle2>
      <AsAtField className={styles.field} value={props.asAt} onChange={props.onAsAtChange} />
      <Field
        className={styles.field}
        label={t("pane.validate.tolerance")}
        hint={t("pane.validate.toleranceHint")}
      >
        <Input
          type="number"
          min={0}
          max={100}
          value={String(percent)}
          onChange={(_, data) => {
            const value = Number(data.value);
            if (Number.isFinite(value) && value >= 0 && value <= 100) props.onToleranceChange(value / 100);
          }}
        />
      </Field>
      <Button
        appearance="primary"
        disabled={props.disabled || props.busy || props.asAt === ""}
        onClick={props.onValidate}
      >
        {t("pane.validate.button")}
      </Button>
    </section>
  );
}
