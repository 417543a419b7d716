import type { HistoryRow } from "../core/history/layout";
import { messageIn, type CatalogueMessage } from "../core/language/catalogue-message";
import type { Language } from "../core/language/language";
import type { Translate } from "../core/language/translate";
import type {
  ProtectionState,
  TrackingSettings,
  ValidationSummary,
  WorkbookActions,
} from "./workbook-actions";

/** Where a command's outcome is said: the pane's top message, or the panel whose button started it. */
export type MessageArea = "pane" | "annex" | "kpi-list" | "returns" | "self-check";

/**
 * Words kept in state are a catalogue key with its values, put into the pane's language when shown, so a
 * language switch also changes the message already on screen. Plain text is what Excel or a file said.
 */
export type PaneWords = string | CatalogueMessage;

/** Several sentences said as one message. */
export type PaneText = PaneWords | readonly PaneWords[];

export function wordsIn(t: Translate, words: PaneWords): string {
  return typeof words === "string" ? words : messageIn(t, words);
}

/** English sentences are parted by a space; Chinese ones end in a full-width stop and need none. */
export function textIn(t: Translate, language: Language, text: PaneText): string {
  const sentences: readonly PaneWords[] = isSentences(text) ? text : [text];
  return sentences.map((words) => wordsIn(t, words)).join(language === "en" ? " " : "");
}

function isSentences(text: PaneText): text is readonly PaneWords[] {
  return Array.isArray(text);
}

/** What the pane tells the officer; `command` is a command line to copy (e.g. on Mac), `items` a list. */
export interface PaneMessage {
  intent: "success" | "error" | "warning" | "info";
  title?: PaneWords;
  text: PaneText;
  items?: PaneWords[];
  command?: string;
}

/** The command running, in words ("Loading…"), and the panel that started it. */
export interface PaneBusy {
  label: PaneWords;
  area: MessageArea;
}

/** The KPI whose history the pane shows, with every history row (null while they are read). */
export interface PickedKpi {
  kpiId: string;
  rows: HistoryRow[] | null;
}

export interface PaneState {
  asAt: string;
  tolerance: number | undefined;
  /** The command running, or null when the pane is idle: one at a time. */
  busy: PaneBusy | null;
  message: (PaneMessage & { area: MessageArea }) | null;
  summary: ValidationSummary | null;
  protection: ProtectionState | null;
  picked: PickedKpi | null;
  /** Counts loads: live re-validation attaches its handlers again to the tables a load made. */
  tablesLoaded: number;
}

/** What a command that succeeded changes: its message, and what it learnt about the workbook. */
export interface CommandSuccess {
  message: PaneMessage | null;
  summary?: ValidationSummary;
  protection?: ProtectionState;
  picked?: PickedKpi | null;
  tablesLoaded?: true;
}

export type PaneEvent =
  | { type: "started"; busy: PaneBusy }
  | { type: "succeeded"; success: CommandSuccess }
  | { type: "failed"; title: PaneWords; text: PaneWords }
  | { type: "settingsRead"; settings: TrackingSettings }
  | { type: "asAtChanged"; asAt: string }
  | { type: "toleranceChanged"; tolerance: number }
  | { type: "protectionRead"; protection: ProtectionState | null }
  | { type: "liveValidated"; summary: ValidationSummary }
  | { type: "kpiPicked"; kpiId: string };

export function initialPaneState(asAt: string): PaneState {
  return {
    asAt,
    tolerance: undefined,
    busy: null,
    message: null,
    summary: null,
    protection: null,
    picked: null,
    tablesLoaded: 0,
  };
}

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "started":
      return { ...state, busy: event.busy, message: null };
    case "succeeded": {
      const { message, tablesLoaded, ...learnt } = event.success;
      const area = state.busy?.area ?? "pane";
      return {
        ...state,
        ...learnt,
        busy: null,
        message: message && { ...message, area },
        tablesLoaded: state.tablesLoaded + (tablesLoaded ? 1 : 0),
      };
    }
    case "failed":
      return {
        ...state,
        busy: null,
        message: { intent: "error", title: event.title, text: event.text, area: state.busy?.area ?? "pane" },
      };
    case "settingsRead":
      return {
        ...state,
        asAt: event.settings.asAt || state.asAt,
        tolerance: event.settings.tolerance ?? state.tolerance,
      };
    case "asAtChanged":
      return { ...state, asAt: event.asAt };
    case "toleranceChanged":
      return { ...state, tolerance: event.tolerance };
    case "protectionRead":
      return { ...state, protection: event.protection };
    case "liveValidated":
      // A live re-check writes nothing to the history: the last Validate's history and changes stay shown.
      return {
        ...state,
        summary: state.summary?.history
          ? { ...event.summary, history: state.summary.history }
          : event.summary,
      };
    case "kpiPicked":
      return { ...state, picked: { kpiId: event.kpiId, rows: null } };
  }
}

/** The words of a failure: actions reject in plain words (see WorkbookActions); anything else is unexpected. */
export function failureText(error: unknown): PaneWords {
  if (error instanceof Error && error.message) return error.message;
  return { key: "pane.failure.unknown" };
}

/** One thing the pane asks of the workbook, run by the pane's one runner: busy, then success or failure. */
export interface WorkbookCommand<T> {
  area: MessageArea;
  /** What the pane is doing, in words ("Loading…"). */
  busy: PaneWords;
  /** The title of the message when it fails. */
  failure: PaneWords;
  perform(actions: WorkbookActions): Promise<T>;
  succeeded(outcome: T): CommandSuccess;
}

/** Runs a command unless another is running; resolves to its outcome, or undefined when it failed or did not run. */
export type RunCommand = <T>(command: WorkbookCommand<T>) => Promise<T | undefined>;

/** What a panel gets to run its commands: the runner, what is running, and the panel's own message. */
export interface PanelCommands {
  run: RunCommand;
  busy: PaneBusy | null;
  message: PaneMessage | null;
}
