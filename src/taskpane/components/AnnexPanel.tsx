import * as React from "react";
import { Button, Field, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Annex, AnnexLayout } from "../../core/annex/model";
import type { AnnexSheetOutcome } from "../../excel/annex-sheet";
import { MAC_PLATFORM, wordAnnexCommand, wordAnnexFileName } from "../annex-command";
import { PanelMessage, type PanelMessageContent } from "./PanelMessage";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface WordExport {
  annexDocx(annex: Annex): Promise<Uint8Array>;
}

export interface AnnexPanelProps {
  /** Builds the annex from the workbook (tracking table and its validation). Absent: the buttons are disabled. */
  getAnnex?: (layout: AnnexLayout) => Promise<Annex>;
  disabled?: boolean;
  busy?: boolean;
  /** Writes the annex sheet; defaults to the Office.js writer. */
  writeSheet?: (annex: Annex) => Promise<AnnexSheetOutcome>;
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
const writeSheetLazily = async (annex: Annex): Promise<AnnexSheetOutcome> =>
  (await import("../../excel/annex-sheet")).writeAnnexSheet(annex);

type Message = PanelMessageContent;

function sheetMessage(outcome: AnnexSheetOutcome): Message {
  const parts = [`Annex written to sheet "${outcome.sheetName}".`];
  if (outcome.nameTaken) parts.push("A sheet of yours already had the usual name; it was left as it is.");
  return { intent: outcome.nameTaken ? "warning" : "success", text: parts.join(" ") };
}

export function AnnexPanel({
  getAnnex,
  disabled = false,
  busy = false,
  writeSheet = writeSheetLazily,
  loadWordExport = loadWordExportLazily,
  saveFile = downloadFile,
  platform = null,
}: AnnexPanelProps = {}): React.JSX.Element {
  const canDownload = platform !== MAC_PLATFORM;
  const styles = useStyles();
  const [layout, setLayout] = React.useState<AnnexLayout>("progress-report");
  const [working, setWorking] = React.useState<"sheet" | "word" | null>(null);
  const [message, setMessage] = React.useState<Message | null>(null);
  const unavailable = disabled || busy || working !== null || getAnnex === undefined;

  const act = async (kind: "sheet" | "word"): Promise<void> => {
    if (!getAnnex) return;
    setWorking(kind);
    setMessage(null);
    try {
      const annex = await getAnnex(layout);
      if (kind === "sheet") {
        setMessage(sheetMessage(await writeSheet(annex)));
      } else if (!canDownload) {
        setMessage({
          intent: "warning",
          text:
            "Excel on Mac cannot save a file from an add-in (Microsoft treats this as by design), so nothing " +
            "was downloaded. Write annex sheet puts the annex in this workbook; for the Word file, save " +
            "the workbook and run this command, or open the workbook in Excel on the web:",
          command: wordAnnexCommand(annex),
        });
      } else {
        const { annexDocx } = await loadWordExport();
        const fileName = wordAnnexFileName(annex);
        saveFile(await annexDocx(annex), fileName, DOCX_MIME);
        setMessage({
          intent: "info",
          text:
            `${fileName} was handed to Excel to download. If it is not in your downloads, this Excel ` +
            "cannot save files from an add-in: save the workbook and run",
          command: wordAnnexCommand(annex),
        });
      }
    } catch (error) {
      setMessage({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setWorking(null);
    }
  };

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
        <Button appearance="primary" disabled={unavailable} onClick={() => void act("sheet")}>
          {working === "sheet" ? "Writing…" : "Write annex sheet"}
        </Button>
        <Button disabled={unavailable} onClick={() => void act("word")}>
          {working === "word"
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
