import * as React from "react";
import { Button, Field, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Annex, AnnexLayout } from "../../core/annex/model";
import { MAC_PLATFORM, wordAnnexCommand, wordAnnexFileName } from "../annex-command";
import type { PaneMessage, PanelCommands } from "../pane-state";
import type { AnnexSheetOutcome } from "../workbook-actions";
import { PanelMessage } from "./PanelMessage";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface WordExport {
  annexDocx(annex: Annex): Promise<Uint8Array>;
}

export interface AnnexPanelProps extends PanelCommands {
  /** The pane's as-at date and tolerance, which the annex's statuses are judged with. */
  asAt: string;
  tolerance: number;
  disabled?: boolean;
  /** Loads the Word export; defaults to a lazy import() so docx is not in the task pane's first bundle. */
  loadWordExport?: () => Promise<WordExport>;
  /** Hands a file to the user; defaults to a Blob URL and an <a download> click. */
  saveFile?: (bytes: Uint8Array, fileName: string, mimeType: string) => void;
  /** `Office.context.platform` ("Mac", "PC", "OfficeOnline"…), or null when unknown. */
  platform?: string | null;
}

/**
 * Blob URL + <a download>. Excel on Mac (WKWebView) ignores it, and Microsoft closed that as by design
 * (OfficeDev/office-js #2700, #3385), so the pane never offers it there.
 */
export function downloadFile(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const loadWordExportLazily = (): Promise<WordExport> => import("../../export/annex-docx");

const WRITING = "Writing the annex sheet…";
const PREPARING = "Preparing the Word annex…";

function sheetMessage(outcome: AnnexSheetOutcome): PaneMessage {
  const parts = [`Annex written to sheet "${outcome.sheetName}".`];
  if (outcome.nameTaken) parts.push("A sheet of yours already had the usual name; it was left as it is.");
  return { intent: outcome.nameTaken ? "warning" : "success", text: parts.join(" ") };
}

export function AnnexPanel({
  run,
  busy,
  message,
  asAt,
  tolerance,
  disabled = false,
  loadWordExport = loadWordExportLazily,
  saveFile = downloadFile,
  platform = null,
}: AnnexPanelProps): React.JSX.Element {
  const canDownload = platform !== MAC_PLATFORM;
  const styles = useStyles();
  const [layout, setLayout] = React.useState<AnnexLayout>("progress-report");
  const unavailable = disabled || busy !== null;
  const request = { asAt, tolerance, layout };

  const writeSheet = () =>
    run({
      area: "annex",
      busy: WRITING,
      failure: "The annex sheet was not written",
      perform: async (actions) => actions.writeAnnexSheet(await actions.annexFromActiveSheet(request)),
      succeeded: (outcome) => ({ message: sheetMessage(outcome) }),
    });

  // Reads the sheet (so it waits while another command writes), then makes the file in the pane.
  const wordAnnex = () =>
    run({
      area: "annex",
      busy: PREPARING,
      failure: "The Word annex was not made",
      perform: async (actions): Promise<PaneMessage> => {
        const annex = await actions.annexFromActiveSheet(request);
        if (!canDownload) {
          return {
            intent: "warning",
            text:
              "Excel on Mac cannot save a file from an add-in (Microsoft treats this as by design), so nothing " +
              "was downloaded. Write annex sheet puts the annex in this workbook; for the Word file, save " +
              "the workbook and run this command, or open the workbook in Excel on the web:",
            command: wordAnnexCommand(annex),
          };
        }
        const { annexDocx } = await loadWordExport();
        const fileName = wordAnnexFileName(annex);
        saveFile(await annexDocx(annex), fileName, DOCX_MIME);
        return {
          intent: "info",
          text:
            `${fileName} was handed to Excel to download. If it is not in your downloads, this Excel ` +
            "cannot save files from an add-in: save the workbook and run",
          command: wordAnnexCommand(annex),
        };
      },
      succeeded: (said) => ({ message: said }),
    });

  return (
    <section className={styles.panel} aria-labelledby="annex-heading">
      <Subtitle2 as="h2" id="annex-heading">
        Annex
      </Subtitle2>
      <Field label="Layout">
        <RadioGroup
          value={layout}
          onChange={(_, data) => setLayout(data.value as AnnexLayout)}
          layout="horizontal"
        >
          <Radio value="progress-report" label="Progress report" />
          <Radio value="kpi-list" label="KPI list" />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={unavailable} onClick={() => void writeSheet()}>
          {busy?.label === WRITING ? "Writing…" : "Write annex sheet"}
        </Button>
        <Button disabled={unavailable} onClick={() => void wordAnnex()}>
          {busy?.label === PREPARING
            ? "Preparing…"
            : canDownload
              ? "Download Word annex"
              : "Word annex (command line)"}
        </Button>
      </div>
      <PanelMessage message={message} />
    </section>
  );
}
