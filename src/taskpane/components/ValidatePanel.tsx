import * as React from "react";
import { Button, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
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
  const percent = Math.round(props.tolerance * 100);
  return (
    <section className={styles.panel} aria-labelledby="validate-heading">
      <Subtitle2 as="h2" id="validate-heading">
        Validate
      </Subtitle2>
      <div className={styles.row}>
        <Field className={styles.field} label="As at" hint="Progress is judged as at this date.">
          <Input type="date" value={props.asAt} onChange={(_, data) => props.onAsAtChange(data.value)} />
        </Field>
        <Field
          className={styles.field}
          label="Tolerance (%)"
          hint="How far behind a KPI may be before it is off track."
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
      </div>
      <Button
        appearance="primary"
        disabled={props.disabled || props.busy || props.asAt === ""}
        onClick={props.onValidate}
      >
        Validate
      </Button>
    </section>
  );
}
