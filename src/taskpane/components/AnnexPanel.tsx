import * as React from "react";
import { Button, Field, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Annex, AnnexLayout } from "../../core/annex/model";
import type { Language } from "../../core/language/language";
import { MAC_PLATFORM, wordAnnexCommand, wordAnnexFileName } from "../annex-command";
import type { PaneMessage, PanelCommands } from "../pane-state";
import type { AnnexSheetOutcome } from "../workbook-actions";
import { marksIn } from "../history/figure-text";
import { usePaneLanguage, type PaneLanguage } from "../language/LanguageProvider";
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

type Words = Pick<PaneLanguage, "t" | "language">;

/** What a Chinese annex lacks Chinese text for, KPIs and headings, each named; [] when it lacks none. */
function untranslatedNotices(annex: Annex, { t }: Words): string[] {
  const ids = annex.untranslatedKpiIds;
  const headings = annex.untranslatedHeadings;
  const notices: string[] = [];
  if (ids.length > 0) {
    notices.push(
      t(ids.length === 1 ? "annex.untranslatedOne" : "annex.untranslated", {
        count: ids.length,
        ids: ids.join(marksIn(t).series),
      }),
    );
  }
  if (headings.length > 0) {
    notices.push(t("annex.untranslatedHeadings", { headings: headings.join(marksIn(t).series) }));
  }
  return notices;
}

/** A message, turned into a warning that names what has no Chinese text where anything lacks it. */
function withUntranslated(said: PaneMessage, annex: Annex, words: Words): PaneMessage {
  const notices = untranslatedNotices(annex, words);
  if (notices.length === 0) return said;
  return {
    ...said,
    intent: said.intent === "error" ? "error" : "warning",
    title: said.title ?? words.t("annex.untranslatedTitle"),
    items: [...(said.items ?? []), ...notices],
  };
}

function sheetMessage(outcome: AnnexSheetOutcome, annex: Annex, words: Words): PaneMessage {
  const { t } = words;
  const written = t("annex.sheetWritten", { sheetName: outcome.sheetName });
  const said: PaneMessage = outcome.nameTaken
    ? { intent: "warning", text: t("annex.nameTaken", { written }) }
    : { intent: "success", text: written };
  return withUntranslated(said, annex, words);
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
  const words = usePaneLanguage();
  const { t, language: paneLanguage } = words;
  const [layout, setLayout] = React.useState<AnnexLayout>("progress-report");
  // The pane's language until the officer picks one; the pane's Chinese arrives after the first paint.
  const [chosenLanguage, setChosenLanguage] = React.useState<Language | null>(null);
  const language = chosenLanguage ?? paneLanguage;
  const unavailable = disabled || busy !== null;
  const request = { asAt, tolerance, layout, language };
  const writing = t("annex.writingSheet");
  const preparing = t("annex.preparingWord");

  const writeSheet = () =>
    run({
      area: "annex",
      busy: writing,
      failure: t("annex.sheetFailure"),
      perform: async (actions) => {
        const annex = await actions.annexFromActiveSheet(request);
        return { annex, outcome: await actions.writeAnnexSheet(annex) };
      },
      succeeded: ({ annex, outcome }) => ({ message: sheetMessage(outcome, annex, words) }),
    });

  // Reads the sheet (so it waits while another command writes), then makes the file in the pane.
  const wordAnnex = () =>
    run({
      area: "annex",
      busy: preparing,
      failure: t("annex.wordFailure"),
      perform: async (actions): Promise<PaneMessage> => {
        const annex = await actions.annexFromActiveSheet(request);
        if (!canDownload) {
          return withUntranslated(
            { intent: "warning", text: t("annex.mac"), command: wordAnnexCommand(annex) },
            annex,
            words,
          );
        }
        const { annexDocx } = await loadWordExport();
        const fileName = wordAnnexFileName(annex);
        saveFile(await annexDocx(annex), fileName, DOCX_MIME);
        return withUntranslated(
          { intent: "info", text: t("annex.wordSaved", { fileName }), command: wordAnnexCommand(annex) },
          annex,
          words,
        );
      },
      succeeded: (said) => ({ message: said }),
    });

  return (
    <section className={styles.panel} aria-labelledby="annex-heading">
      <Subtitle2 as="h2" id="annex-heading">
        {t("annex.heading")}
      </Subtitle2>
      <ChoiceField<AnnexLayout>
        label={t("annex.layout")}
        value={layout}
        onChange={setLayout}
        options={[
          { value: "progress-report", label: t("annex.layout.progressReport") },
          { value: "kpi-list", label: t("annex.layout.kpiList") },
        ]}
      />
      <ChoiceField<Language>
        label={t("annex.language")}
        value={language}
        onChange={setChosenLanguage}
        options={[
          { value: "en", label: t("annex.language.en") },
          { value: "zh-HK", label: t("annex.language.zhHK") },
        ]}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={unavailable} onClick={() => void writeSheet()}>
          {busy?.label === writing ? t("annex.writing") : t("annex.write")}
        </Button>
        <Button disabled={unavailable} onClick={() => void wordAnnex()}>
          {busy?.label === preparing
            ? t("annex.preparing")
            : canDownload
              ? t("annex.download")
              : t("annex.commandLine")}
        </Button>
      </div>
      <PanelMessage message={message} />
    </section>
  );
}

/** One choice of the annex (layout, language) as a row of radio buttons. */
function ChoiceField<Value extends string>({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: Value;
  onChange(value: Value): void;
  options: ReadonlyArray<{ value: Value; label: string }>;
}): React.JSX.Element {
  return (
    <Field label={label}>
      <RadioGroup value={value} onChange={(_, data) => onChange(data.value as Value)} layout="horizontal">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
