import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Label,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Department } from "../../core/register/schema";
import { DEPARTMENTS } from "../../core/vocabulary";
import { usePaneLanguage } from "../language/LanguageProvider";
import { sourceLabel, type RegisterSource } from "../register-sources";

const IMPORT = "import";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  departments: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))",
    border: "none",
    margin: "0",
    padding: "0",
  },
  legend: { padding: "0", marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  fileField: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  file: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    maxWidth: "100%",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface LoadChoice {
  source: RegisterSource | { file: File };
  departments: Department[];
}

export interface LoadPanelProps {
  sources: readonly RegisterSource[];
  disabled: boolean;
  busy: boolean;
  onLoad(choice: LoadChoice): void;
}

/** Pick a register (built-in or a file), optionally narrow it to departments, and load it into a sheet. */
export function LoadPanel({ sources, disabled, busy, onLoad }: LoadPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const [sourceId, setSourceId] = React.useState(sources[0]?.id ?? IMPORT);
  const [file, setFile] = React.useState<File | null>(null);
  const [departments, setDepartments] = React.useState<Department[]>([]);
  const fileId = React.useId();
  const importing = sourceId === IMPORT;

  const toggle = (department: Department, checked: boolean) =>
    setDepartments((current) =>
      checked
        ? DEPARTMENTS.filter((d) => d === department || current.includes(d))
        : current.filter((d) => d !== department),
    );

  const load = () => {
    const source = importing ? (file ? { file } : null) : sources.find((s) => s.id === sourceId);
    if (source) onLoad({ source, departments });
  };

  return (
    <section className={styles.panel} aria-labelledby="register-heading">
      <Subtitle2 as="h2" id="register-heading">
        {t("pane.load.heading")}
      </Subtitle2>
      <Field label={t("pane.load.source")}>
        <Select value={sourceId} onChange={(_, data) => setSourceId(data.value)}>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {sourceLabel(source, t)}
            </option>
          ))}
          <option value={IMPORT}>{t("pane.load.import")}</option>
        </Select>
      </Field>
      {importing && (
        <div className={styles.fileField}>
          <Label htmlFor={fileId}>{t("pane.load.file")}</Label>
          <input
            id={fileId}
            className={styles.file}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
          <Caption1 id={`${fileId}-hint`}>{t("pane.load.fileHint")}</Caption1>
        </div>
      )}
      <fieldset className={styles.departments}>
        <legend className={styles.legend}>{t("pane.load.departments")}</legend>
        {DEPARTMENTS.map((department) => (
          <Checkbox
            key={department}
            label={department}
            checked={departments.includes(department)}
            onChange={(_, data) => toggle(department, data.checked === true)}
          />
        ))}
      </fieldset>
      <Button appearance="primary" disabled={disabled || busy || (importing && !file)} onClick={load}>
        {t("pane.load.button")}
      </Button>
    </section>
  );
}
