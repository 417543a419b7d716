import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { daysInMonth, toIsoDate } from "../../core/calendar";
import { MONTH_NAMES } from "../../core/vocabulary";
import { readAsAtDate } from "../as-at-date";
import { usePaneLanguage } from "../language/LanguageProvider";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", flexWrap: "wrap" },
  input: { flexGrow: 1, minWidth: "150px" },
  picker: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    flexBasis: "100%",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface AsAtFieldProps {
  /** The as-at date, YYYY-MM-DD. */
  value: string;
  onChange(iso: string): void;
  className?: string;
}

/**
 * The as-at date written as the paper writes it in the pane's language, whatever the browser's locale
 * (a native date field follows the locale). Typed dates are read when the field is left or Enter is
 * pressed; one that is not a real date is said and the last good date kept.
 */
export function AsAtField({ value, onChange, className }: AsAtFieldProps): React.JSX.Element {
  const styles = useStyles();
  const { t, formatDate } = usePaneLanguage();
  const shown = value ? formatDate(value) : "";
  const [draft, setDraft] = React.useState(shown);
  const [refused, setRefused] = React.useState<string | null>(null);

  // A date read from the workbook, picked, or shown in the other language replaces what was typed.
  React.useEffect(() => {
    setDraft(shown);
    setRefused(null);
  }, [shown]);

  const commit = () => {
    if (draft.trim() === shown) {
      setRefused(null);
      return;
    }
    const iso = readAsAtDate(draft);
    if (iso === null) {
      setRefused(draft.trim());
      return;
    }
    setRefused(null);
    setDraft(formatDate(iso));
    onChange(iso);
  };

  return (
    <Field
      className={className}
      label={t("pane.validate.asAt")}
      hint={t("pane.validate.asAtHint")}
      validationState={refused === null ? "none" : "error"}
      validationMessage={
        refused === null ? undefined : t("pane.validate.asAtInvalid", { entry: refused, date: shown })
      }
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            className={styles.input}
            value={draft}
            onChange={(_, data) => setDraft(data.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === "Enter") commit();
            }}
          />
          <DatePicker value={value} onPick={onChange} />
        </div>
      )}
    </Field>
  );
}

/**
 * Day, month and year as three lists shown under the field: every part reachable by keyboard, month names
 * in the pane's language, nothing floating over the narrow pane.
 */
function DatePicker({ value, onPick }: { value: string; onPick(iso: string): void }): React.JSX.Element {
  const styles = useStyles();
  const { language, t } = usePaneLanguage();
  const pickerId = React.useId();
  const [open, setOpen] = React.useState(false);
  const [year0, month0, day0] = (value || "2000-01-01").split("-").map(Number);
  const [parts, setParts] = React.useState({ year: year0, month: month0, day: day0 });
  const years = Array.from({ length: 11 }, (_, i) => year0 - 5 + i);
  const lastDay = daysInMonth(parts.year, parts.month);
  const day = Math.min(parts.day, lastDay);
  const chinese = language === "zh-HK";

  return (
    <>
      <Button
        aria-expanded={open}
        aria-controls={pickerId}
        onClick={() => {
          if (!open) setParts({ year: year0, month: month0, day: day0 });
          setOpen(!open);
        }}
      >
        {t("pane.validate.pick")}
      </Button>
      {open && (
        <div id={pickerId} role="group" aria-label={t("pane.validate.pick")} className={styles.picker}>
          <Field label={t("pane.validate.pickDay")}>
            <Select value={String(day)} onChange={(_, d) => setParts({ ...parts, day: Number(d.value) })}>
              {Array.from({ length: lastDay }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {chinese ? `${i + 1}日` : i + 1}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("pane.validate.pickMonth")}>
            <Select
              value={String(parts.month)}
              onChange={(_, d) => setParts({ ...parts, month: Number(d.value) })}
            >
              {MONTH_NAMES.map((name, i) => (
                <option key={name} value={i + 1}>
                  {chinese ? `${i + 1}月` : name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("pane.validate.pickYear")}>
            <Select
              value={String(parts.year)}
              onChange={(_, d) => setParts({ ...parts, year: Number(d.value) })}
            >
              {years.map((year) => (
                <option key={year} value={year}>
                  {chinese ? `${year}年` : year}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            appearance="primary"
            onClick={() => {
              onPick(toIsoDate(parts.year, parts.month, day));
              setOpen(false);
            }}
          >
            {t("pane.validate.pickUse")}
          </Button>
        </div>
      )}
    </>
  );
}
