import * as React from "react";
import { Button, Caption1, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Register } from "../../core/register/schema";
import type { KpiListOutcome, KpiListRequest } from "../../excel/tracking-actions";
import { MAC_PLATFORM } from "../annex-command";
import { downloadFile } from "./AnnexPanel";
import { PanelMessage, type PanelMessageContent } from "./PanelMessage";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, minWidth: "120px" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface KpiListPanelProps {
  readKpiList(request: KpiListRequest): Promise<KpiListOutcome>;
  /** Called with a register kept in the workbook, so Load can offer it. */
  onSaved(register: Register): void;
  disabled?: boolean;
  busy?: boolean;
  platform?: string | null;
  /** Hands a file to the user; defaults to a Blob URL and an <a download> click. */
  saveFile?: (bytes: Uint8Array, fileName: string, mimeType: string) => void;
}

type Message = PanelMessageContent;

const YEAR = /^\d{4}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerFileName(year: number): string {
  return `kpis-${year}.json`;
}

function readMessage(outcome: KpiListOutcome): Message {
  const attention = outcome.needsReading + outcome.overrideProblems;
  const parts = [
    `${outcome.kpis} KPIs read on "${outcome.sheetName}"; the readings are beside the list.`,
    attention > 0
      ? `${attention} need${attention === 1 ? "s" : ""} attention: see the Needs attention column, correct the reading in the Correct … cells, then Read again.`
      : "Check each reading; correct any in the Correct … cells, then Read again.",
  ];
  return { intent: attention > 0 ? "warning" : "success", text: parts.join(" ") };
}

/** New register from a KPI list pasted or typed into a sheet: read it, correct the readings, save it. */
export function KpiListPanel({
  readKpiList,
  onSaved,
  disabled = false,
  busy = false,
  platform = null,
  saveFile = downloadFile,
}: KpiListPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [year, setYear] = React.useState(String(new Date().getFullYear()));
  const [announced, setAnnounced] = React.useState("");
  const [working, setWorking] = React.useState<"read" | "save" | null>(null);
  const [message, setMessage] = React.useState<Message | null>(null);
  const [read, setRead] = React.useState(false);
  const ready = YEAR.test(year) && ISO_DATE.test(announced);
  const unavailable = disabled || busy || working !== null || !ready;

  const act = async (save: boolean): Promise<void> => {
    setWorking(save ? "save" : "read");
    setMessage(null);
    try {
      const outcome = await readKpiList({ year: Number(year), announced, save });
      setRead(true);
      if (!save) {
        setMessage(readMessage(outcome));
        return;
      }
      onSaved(outcome.register);
      const fileName = registerFileName(outcome.register.year);
      const kept = `Register ${outcome.register.year} (${outcome.kpis} KPIs) is kept in this workbook: choose it under Register to load it.`;
      const command = `npx kpi-tracker register "<the list>.xlsx" --year ${year} --announced ${announced} --out ${fileName}`;
      if (platform === MAC_PLATFORM) {
        setMessage({
          intent: "success",
          text: `${kept} Excel on Mac cannot save a file from an add-in, so no JSON file was downloaded. For the file, save this sheet as a workbook of its own and run the command below (it reads the wording only: make your corrections again in the file):`,
          command,
        });
      } else {
        const json = `${JSON.stringify(outcome.register, null, 2)}\n`;
        saveFile(new TextEncoder().encode(json), fileName, "application/json");
        setMessage({ intent: "success", text: `${kept} ${fileName} was handed to Excel to download.` });
      }
    } catch (error) {
      setMessage({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setWorking(null);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="kpi-list-heading">
      <Subtitle2 as="h2" id="kpi-list-heading">
        New register from a KPI list
      </Subtitle2>
      <Caption1>
        Paste the annex table from Word, or a list with columns Area, Measure, Department, KPI, into a sheet
        and keep it open. The readings go in columns beside the list; nothing you typed is changed.
      </Caption1>
      <div className={styles.row}>
        <Field
          className={styles.field}
          label="Year"
          validationMessage={YEAR.test(year) ? undefined : "A year such as 2026"}
        >
          <Input type="number" min={2000} max={2100} value={year} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field
          className={styles.field}
          label="Announced on"
          hint="The day the Policy Address announced the list."
        >
          <Input type="date" value={announced} onChange={(_, d) => setAnnounced(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={unavailable} onClick={() => void act(false)}>
          {working === "read" ? "Reading…" : read ? "Read again" : "Read the list"}
        </Button>
        <Button disabled={unavailable || !read} onClick={() => void act(true)}>
          {working === "save" ? "Saving…" : "Save register"}
        </Button>
      </div>
      <PanelMessage message={message} />
    </section>
  );
}
