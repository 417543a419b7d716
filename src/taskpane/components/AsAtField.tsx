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

/** The as-at date of Validate. */
export function AsAtField(props: AsAtFieldProps): React.JSX.Element {
  const { t } = usePaneLanguage();
  return (
    <PaperDateField
      {...props}
      label={t("pane.validate.asAt")}
      hint={t("pane.validate.asAtHint")}
      pickLabel={t("pane.validate.pick")}
      invalid={(entry, date) => t("pane.validate.asAtInvalid", { entry, date })}
    />
  );
}

export interface PaperDateFieldProps {
  /** The date, YYYY-MM-DD; empty while none is given. */
  value: string;
  onChange(iso: string): void;
  label: string;
  hint: string;
  /** The button that opens the day, month and year lists. */
  pickLabel: string;
  /** What is said of a typed entry that is not a real date; `date` is the date kept, as shown. */
  invalid(entry: string, date: string): string;
  className?: string;
}

/**
 * A date written as the paper writes it in the pane's language, whatever the browser's locale (a native
 * date field follows the locale). Typed dates are read when the field is left or Enter is pressed; one
 * that is not a real date is said and the last good date kept.
 */
export function PaperDateField({
  value,
  onChange,
  label,
  hint,
  pickLabel,
  invalid,
  className,
}: PaperDateFieldProps): React.JSX.Element {
  const styles = useStyles();
  const { formatDate } = usePaneLanguage();
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
      label={label}
      hint={hint}
      validationState={refused === null ? "none" : "error"}
      validationMessage={refused === null ? undefined : invalid(refused, shown)}
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
          <DatePicker value={value} onPick={onChange} label={pickLabel} />
        </div>
      )}
    </Field>
  );
}

/**
 * Day, month and year as three lists shown under the field: every part reachable by keyboard, month names
 * in the pane's language, nothing floating over the narrow pane.
 */
function DatePicker({
  value,
  onPick,
  label,
}: {
  value: string;
  onPick(iso: string): void;
  label: string;
}): React.JSX.Element {
  const styles = useStyles();
  const { language, t } = usePaneLanguage();
  const pickerId = React.useId();
  const [open, setOpen] = React.useState(false);
  // With no date yet, the lists start at today.
  const [year0, month0, day0] = (value || new Date().toISOString().slice(0, 10)).split("-").map(Number);
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
        {label}
      </Button>
      {open && (
        <div id={pickerId} role="group" aria-label={label} className={styles.picker}>
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
