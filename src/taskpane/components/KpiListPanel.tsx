import * as React from "react";
import { Button, Caption1, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Register } from "../../core/register/schema";
import { MAC_PLATFORM } from "../annex-command";
import type { PaneMessage, PanelCommands } from "../pane-state";
import type { KpiListOutcome } from "../workbook-actions";
import { downloadFile } from "./AnnexPanel";
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

const READING = "Reading the KPI list…";
const SAVING = "Saving the register…";

const YEAR = /^\d{4}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerFileName(year: number): string {
  return `kpis-${year}.json`;
}

function readMessage(outcome: KpiListOutcome): PaneMessage {
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
  run,
  busy,
  message,
  onSaved,
  disabled = false,
  platform = null,
  saveFile = downloadFile,
}: KpiListPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [year, setYear] = React.useState(String(new Date().getFullYear()));
  const [announced, setAnnounced] = React.useState("");
  const [read, setRead] = React.useState(false);
  const ready = YEAR.test(year) && ISO_DATE.test(announced);
  const unavailable = disabled || busy !== null || !ready;

  const readList = async (): Promise<void> => {
    const outcome = await run({
      area: "kpi-list",
      busy: READING,
      failure: "The KPI list was not read",
      perform: (actions) => actions.readKpiList({ year: Number(year), announced, save: false }),
      succeeded: (outcome) => ({ message: readMessage(outcome) }),
    });
    if (outcome) setRead(true);
  };

  const save = async (): Promise<void> => {
    const saved = await run({
      area: "kpi-list",
      busy: SAVING,
      failure: "The register was not saved",
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
    const kept = `Register ${outcome.register.year} (${outcome.kpis} KPIs) is kept in this workbook: choose it under Register to load it.`;
    const command = `npx kpi-tracker register "<the list>.xlsx" --year ${year} --announced ${announced} --out ${fileName}`;
    if (platform === MAC_PLATFORM) {
      return {
        intent: "success",
        text: `${kept} Excel on Mac cannot save a file from an add-in, so no JSON file was downloaded. For the file, save this sheet as a workbook of its own and run the command below (it reads the wording only: make your corrections again in the file):`,
        command,
      };
    }
    const json = `${JSON.stringify(outcome.register, null, 2)}\n`;
    saveFile(new TextEncoder().encode(json), fileName, "application/json");
    return { intent: "success", text: `${kept} ${fileName} was handed to Excel to download.` };
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
        <Button appearance="primary" disabled={unavailable} onClick={() => void readList()}>
          {busy?.label === READING ? "Reading…" : read ? "Read again" : "Read the list"}
        </Button>
        <Button disabled={unavailable || !read} onClick={() => void save()}>
          {busy?.label === SAVING ? "Saving…" : "Save register"}
        </Button>
      </div>
      <PanelMessage message={message} />
    </section>
  );
}
