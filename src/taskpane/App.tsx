import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Register } from "../core/register/schema";
import { PanelMessage } from "./components/PanelMessage";
import { usePaneLanguage } from "./language/LanguageProvider";
import { LanguageSwitch } from "./language/LanguageSwitch";
import { wordsIn } from "./pane-state";
import { SEED_REGISTERS, type RegisterSource } from "./register-sources";
import { STEPS, type Step, type StepProps } from "./steps/step-props";
import { useTrackingWorkbook } from "./use-tracking-workbook";
import type { WorkbookActions } from "./workbook-actions";

// Every step is fetched when first shown, so the first bundle holds only the pane's frame. The step the
// pane opens on is Progress or Register, known only once the workbook answers: Progress, the usual one, is
// fetched at start-up alongside that question.
const loadProgressStep = () => import(/* webpackChunkName: "step-progress" */ "./steps/ProgressStep");
const ProgressStep = React.lazy(() => loadProgressStep().then((m) => ({ default: m.ProgressStep })));
const RegisterStep = React.lazy(() =>
  import(/* webpackChunkName: "step-register" */ "./steps/RegisterStep").then((m) => ({
    default: m.RegisterStep,
  })),
);
const ReturnsStep = React.lazy(() =>
  import(/* webpackChunkName: "step-returns" */ "./steps/ReturnsStep").then((m) => ({
    default: m.ReturnsStep,
  })),
);
const AnnexStep = React.lazy(() =>
  import(/* webpackChunkName: "step-annex" */ "./steps/AnnexStep").then((m) => ({ default: m.AnnexStep })),
);
const CheckStep = React.lazy(() =>
  import(/* webpackChunkName: "step-check" */ "./steps/CheckStep").then((m) => ({ default: m.CheckStep })),
);

const STEP_VIEWS: Record<Step, React.ComponentType<StepProps>> = {
  register: RegisterStep,
  progress: ProgressStep,
  returns: ReturnsStep,
  annex: AnnexStep,
  check: CheckStep,
};

/** A register kept in this workbook, offered by Load like a built-in one. */
interface KeptRegister {
  register: Register;
  fromList: boolean;
}

const keptId = (register: Register) => `workbook-${register.year}`;

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: "0",
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  // No flex gap here: the live region is empty most of the time and must not leave a hole.
  top: { display: "flex", flexDirection: "column" },
  message: { marginTop: tokens.spacingVerticalM },
  // Five tabs do not fit 320 px in one row: they wrap rather than scroll.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: "0",
    "&[hidden]": { display: "none" },
  },
});

export interface AppProps {
  inExcel: boolean;
  /** `Office.context.platform` as Office.onReady reports it ("Mac", "PC", "OfficeOnline"…). */
  platform?: string | null;
  actions: WorkbookActions;
  sources?: readonly RegisterSource[];
}

export function App({
  inExcel,
  platform = null,
  actions,
  sources = SEED_REGISTERS,
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  const { t, ready, failed } = usePaneLanguage();
  const workbook = useTrackingWorkbook(actions, inExcel);
  const { state, commandsIn } = workbook;
  const [kept, setKept] = React.useState<readonly KeptRegister[]>([]);
  const [foundTable, setFoundTable] = React.useState<boolean | null>(null);
  // Outside Excel there is nothing to ask: Register says what the add-in does.
  const [chosen, setChosen] = React.useState<Step | null>(inExcel ? null : "register");

  const onSaved = React.useCallback(
    (register: Register) =>
      setKept((current) => [
        { register, fromList: true },
        ...current.filter((k) => keptId(k.register) !== keptId(register)),
      ]),
    [],
  );

  React.useEffect(() => {
    if (!inExcel) return;
    let current = true;
    void loadProgressStep().catch(() => undefined);
    // The pane opens on the step that fits the workbook: Progress with a KPI table, Register without one.
    actions
      .hasTrackingTable()
      .catch(() => false)
      .then((found) => {
        if (!current) return;
        setFoundTable(found);
        setChosen((step) => step ?? (found ? "progress" : "register"));
      });
    // A register saved from a KPI list lives in the workbook's settings: a reopened pane offers it again.
    actions
      .readWorkbookRegisters()
      .then((registers) => {
        if (!current || registers.length === 0) return;
        setKept((shown) => [
          ...shown,
          ...registers
            .filter((register) => !shown.some((k) => keptId(k.register) === keptId(register)))
            .map((register) => ({ register, fromList: false })),
        ]);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [actions, inExcel]);

  const allSources = React.useMemo<readonly RegisterSource[]>(
    () => [
      ...kept.map(({ register, fromList }) => ({
        id: keptId(register),
        label: t(fromList ? "pane.load.workbookRegisterFromList" : "pane.load.workbookRegister", {
          year: register.year,
        }),
        load: () => Promise.resolve(register),
      })),
      ...sources,
    ],
    [kept, sources, t],
  );

  const hasTable = !inExcel ? null : state.tablesLoaded > 0 || state.summary !== null ? true : foundTable;
  const [visited, setVisited] = React.useState<readonly Step[]>([]);
  React.useEffect(() => {
    if (chosen !== null) setVisited((steps) => (steps.includes(chosen) ? steps : [...steps, chosen]));
  }, [chosen]);

  return (
    <main className={styles.app}>
      <div className={styles.top}>
        <header className={styles.header}>
          <Title2 as="h1">{t("pane.title")}</Title2>
          <LanguageSwitch />
        </header>
        {ready && state.busy && (
          <Spinner
            className={styles.message}
            size="tiny"
            label={wordsIn(t, state.busy.label)}
            labelPosition="after"
          />
        )}
        {!inExcel && (
          <MessageBar className={styles.message} intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{t("pane.notInExcel.title")}</MessageBarTitle>
              {t("pane.notInExcel.text")}
            </MessageBarBody>
          </MessageBar>
        )}
        {failed && (
          <MessageBar className={styles.message} intent="error">
            <MessageBarBody>{t("pane.catalogue.failed")}</MessageBarBody>
          </MessageBar>
        )}
        {/* A message may use any step's words: it waits for the catalogue, as the steps do. */}
        <PanelMessage className={styles.message} message={ready ? commandsIn("pane").message : null} />
      </div>
      <nav aria-label={t("pane.steps.label")}>
        <TabList
          className={styles.tabs}
          size="small"
          // Always controlled: Fluent decides on the first render whether the tab list is controlled.
          selectedValue={chosen ?? null}
          onTabSelect={(_, data) => setChosen(data.value as Step)}
        >
          {STEPS.map((step) => (
            <Tab key={step} value={step} id={`step-tab-${step}`}>
              {t(`pane.step.${step}`)}
            </Tab>
          ))}
        </TabList>
      </nav>
      {chosen === null && <Spinner size="tiny" label={t("pane.step.finding")} labelPosition="after" />}
      {chosen !== null && !ready && !failed && (
        <Spinner size="tiny" label={t("pane.step.opening")} labelPosition="after" />
      )}
      {/* A step once opened stays mounted, hidden: what the officer picked or read there is kept. */}
      {ready &&
        STEPS.filter((step) => step === chosen || visited.includes(step)).map((step) => {
          const StepView = STEP_VIEWS[step];
          return (
            <div
              key={step}
              className={styles.step}
              role="tabpanel"
              aria-labelledby={`step-tab-${step}`}
              hidden={step !== chosen}
            >
              <React.Suspense
                fallback={<Spinner size="tiny" label={t("pane.step.opening")} labelPosition="after" />}
              >
                <StepView
                  workbook={workbook}
                  inExcel={inExcel}
                  platform={platform}
                  sources={allSources}
                  hasTable={hasTable}
                  onSaved={onSaved}
                />
              </React.Suspense>
            </div>
          );
        })}
    </main>
  );
}
