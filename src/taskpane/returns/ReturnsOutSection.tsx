import * as React from "react";
import { Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Department } from "../../core/register/schema";
import { MAC_PLATFORM } from "../annex-command";
import { downloadFile } from "../components/AnnexPanel";
import { PanelMessage } from "../components/PanelMessage";
import { DEPARTMENTS } from "../../core/vocabulary";
import { marksIn } from "../history/figure-text";
import { usePaneLanguage } from "../language/LanguageProvider";
import type { PaneMessage } from "../pane-state";
import { checkRegister, sourceLabel, type RegisterSource } from "../register-sources";
import {
  XLSX_MIME,
  ZIP_MIME,
  allReturnsZip,
  departmentReturn,
  returnFileName,
  returnsZipName,
} from "./returns-out";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  field: { flexGrow: 1, minWidth: "120px" },
});

export interface ReturnsOutProps {
  sources: readonly RegisterSource[];
  asAt: string;
  disabled?: boolean;
  platform?: string | null;
  /** Hands a file to the user; defaults to a Blob URL and an <a download> click. */
  saveFile?: (bytes: Uint8Array, fileName: string, mimeType: string) => void;
}

const ALL = "all";

/** Returns out: one tracking workbook per department, with only its KPIs, alone or all in one zip. */
export function ReturnsOutSection({
  sources,
  asAt,
  disabled = false,
  platform = null,
  saveFile = downloadFile,
}: ReturnsOutProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const [sourceId, setSourceId] = React.useState(sources[0]?.id ?? "");
  const [choice, setChoice] = React.useState<Department | typeof ALL>(ALL);
  const [working, setWorking] = React.useState(false);
  const [message, setMessage] = React.useState<PaneMessage | null>(null);
  const source = sources.find((s) => s.id === sourceId) ?? sources[0];

  const prepare = async (): Promise<void> => {
    if (!source) return;
    setWorking(true);
    setMessage(null);
    try {
      const checked = await checkRegister(await source.load());
      if (!checked.ok)
        throw new Error(
          t("returns.out.registerRefused", {
            errors: checked.errors.slice(0, 3).join(marksIn(t).list),
          }),
        );
      const { register } = checked;
      if (platform === MAC_PLATFORM) {
        const department = choice === ALL ? "<department>" : choice;
        setMessage({
          intent: "warning",
          text: t("returns.out.mac"),
          command:
            `npx kpi-tracker workbook --register kpis-${register.year}.json --department ${department} ` +
            `--as-at ${asAt} --out ${returnFileName(register.year, department as Department)}`,
        });
        return;
      }
      if (choice === ALL) {
        const { files, zip } = await allReturnsZip(register, asAt);
        const name = returnsZipName(register.year);
        saveFile(zip, name, ZIP_MIME);
        setMessage({
          intent: "success",
          text: t("returns.out.zipSaved", {
            fileName: name,
            count: files.length,
            departments: files.map((f) => f.department).join(marksIn(t).series),
          }),
        });
      } else {
        const file = await departmentReturn(register, choice, asAt);
        saveFile(file.bytes, file.fileName, XLSX_MIME);
        setMessage({ intent: "success", text: t("returns.out.fileSaved", { fileName: file.fileName }) });
      }
    } catch (error) {
      setMessage({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="returns-out-heading">
      <Subtitle2 as="h3" id="returns-out-heading">
        {t("returns.out.heading")}
      </Subtitle2>
      <Caption1>{t("returns.out.intro")}</Caption1>
      <Field label={t("returns.out.register")}>
        <Select value={source?.id ?? ""} onChange={(_, data) => setSourceId(data.value)}>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {sourceLabel(s, t)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field className={styles.field} label={t("returns.out.for")}>
          <Select value={choice} onChange={(_, data) => setChoice(data.value as Department | typeof ALL)}>
            <option value={ALL}>{t("returns.out.everyDepartment")}</option>
            {DEPARTMENTS.map((department) => (
              <option key={department} value={department}>
                {department}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={disabled || working || !source} onClick={() => void prepare()}>
          {working
            ? t("returns.out.preparing")
            : platform === MAC_PLATFORM
              ? t("returns.out.commandLine")
              : t("returns.out.download")}
        </Button>
      </div>
      <PanelMessage message={message} />
    </section>
  );
}
