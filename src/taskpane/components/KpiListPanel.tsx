import * as React from "react";
import { Button, Caption1, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Register } from "../../core/register/schema";
import { MAC_PLATFORM } from "../annex-command";
import type { PaneMessage, PanelCommands } from "../pane-state";
import type { KpiListOutcome } from "../workbook-actions";
import { downloadFile } from "./AnnexPanel";
import type { Translate } from "../../core/language/translate";
import { usePaneLanguage } from "../language/LanguageProvider";
import { PaperDateField } from "./AsAtField";
import { PanelMessage } from "./PanelMessage";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, minWidth: "120px" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface KpiListPanelProps extends PanelCommands {
  /** Called with a register kept in the workbook, so Load can offer it. */
  onSaved(register: Register): void;
  disabled?: boolean;
  platform?: string | null;
  /** Hands a file to the user; defaults to a Blob URL and an <a download> click. */
  saveFile?: (bytes: Uint8Array, fileName: string, mimeType: string) => void;
}

const YEAR = /^\d{4}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerFileName(year: number): string {
  return `kpis-${year}.json`;
}

function readMessage(outcome: KpiListOutcome, t: Translate): PaneMessage {
  const attention = outcome.needsReading + outcome.overrideProblems;
  const next =
    attention > 0
      ? t(attention === 1 ? "kpiList.attentionOne" : "kpiList.attention", { count: attention })
      : t("kpiList.checkEach");
  return {
    intent: attention > 0 ? "warning" : "success",
    text: t("kpiList.readOn", { count: outcome.kpis, sheetName: outcome.sheetName, next }),
  };
}

/** New register from a KPI list pasted or typed into a sheet: read it, correct the readings, save it. */
export function KpiListPanel({
  run,
  busy,
  message,
  onSaved,
  disabled = false,
  platform = null,
  saveFile = downloadFile,
}: KpiListPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { t, formatDate } = usePaneLanguage();
  const reading = t("kpiList.readingList");
  const saving = t("kpiList.savingRegister");
  const [year, setYear] = React.useState(String(new Date().getFullYear()));
  const [announced, setAnnounced] = React.useState("");
  const [read, setRead] = React.useState(false);
  const ready = YEAR.test(year) && ISO_DATE.test(announced);
  const unavailable = disabled || busy !== null || !ready;

  const readList = async (): Promise<void> => {
    const outcome = await run({
      area: "kpi-list",
      busy: reading,
      failure: t("kpiList.readFailure"),
      perform: (actions) => actions.readKpiList({ year: Number(year), announced, save: false }),
      succeeded: (outcome) => ({ message: readMessage(outcome, t) }),
    });
    if (outcome) setRead(true);
  };

  const save = async (): Promise<void> => {
    const saved = await run({
      area: "kpi-list",
      busy: saving,
      failure: t("kpiList.saveFailure"),
      perform: async (actions) => {
        const outcome = await actions.readKpiList({ year: Number(year), announced, save: true });
        return { register: outcome.register, said: handOver(outcome) };
      },
      succeeded: ({ said }) => ({ message: said }),
    });
    if (saved) onSaved(saved.register);
  };

  /** Hands the register over as a JSON file, once it is kept in the workbook; says what was done. */
  const handOver = (outcome: KpiListOutcome): PaneMessage => {
    const fileName = registerFileName(outcome.register.year);
    const kept = t("kpiList.kept", { year: outcome.register.year, count: outcome.kpis });
    const command = `npx kpi-tracker register "<the list>.xlsx" --year ${year} --announced ${announced} --out ${fileName}`;
    if (platform === MAC_PLATFORM) {
      return {
        intent: "success",
        text: t("kpiList.keptMac", { kept }),
        command,
      };
    }
    const json = `${JSON.stringify(outcome.register, null, 2)}\n`;
    saveFile(new TextEncoder().encode(json), fileName, "application/json");
    return { intent: "success", text: t("kpiList.keptSaved", { kept, fileName }) };
  };

  return (
    <section className={styles.panel} aria-labelledby="kpi-list-heading">
      <Subtitle2 as="h2" id="kpi-list-heading">
        {t("kpiList.heading")}
      </Subtitle2>
      <Caption1>{t("kpiList.intro")}</Caption1>
      <div className={styles.row}>
        <Field
          className={styles.field}
          label={t("kpiList.year")}
          validationMessage={YEAR.test(year) ? undefined : t("kpiList.yearInvalid")}
        >
          <Input type="number" min={2000} max={2100} value={year} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <PaperDateField
          className={styles.field}
          value={announced}
          onChange={setAnnounced}
          label={t("kpiList.announced")}
          hint={
            ISO_DATE.test(announced)
              ? t("kpiList.announcedChosen", { date: formatDate(announced) })
              : t("kpiList.announcedHint")
          }
          pickLabel={t("kpiList.announcedPick")}
          invalid={(entry) => t("kpiList.announcedInvalid", { entry })}
        />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={unavailable} onClick={() => void readList()}>
          {busy?.label === reading ? t("kpiList.reading") : read ? t("kpiList.readAgain") : t("kpiList.read")}
        </Button>
        <Button disabled={unavailable || !read} onClick={() => void save()}>
          {busy?.label === saving ? t("kpiList.saving") : t("kpiList.save")}
        </Button>
      </div>
      <PanelMessage message={message} />
    </section>
  );
}
