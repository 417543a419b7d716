import type { CapabilityResult, HostDescription, SelfCheckReport } from "../taskpane/workbook-actions";

/**
 * "Check this Excel": runs every capability the add-in uses on a temporary sheet and reports pass or
 * fail for each, so the first person with a real Excel can verify the add-in in seconds.
 *
 * One or two syncs per capability (a dozen in all, whatever the workbook holds): a failed batch then
 * names its capability, and the next one still runs. The sheet (only if this run made it) and the
 * setting are removed in an Excel.run of their own, also after a failure.
 */

export const SELF_CHECK_SHEET = "KPI Tracker self-check";
export const SELF_CHECK_SETTING = "kpiTracker.selfCheck";
const SELF_CHECK_TABLE = "KpiTrackerSelfCheck";

const HEADER = ["ID", "Actual", "Completed on"];
const ROWS = [
  ["2023-A-1", "about 580", "45371"],
  ["2023-A-2", "=1+1", ""],
];

/** The sets the add-in or its ribbon asks about; each is reported at the highest version supported. */
const SETS_TO_REPORT: ReadonlyArray<{ name: string; versions: number }> = [
  { name: "ExcelApi", versions: 20 },
  { name: "DialogApi", versions: 2 },
  { name: "RibbonApi", versions: 2 },
  { name: "SharedRuntime", versions: 1 },
];

export function describeHost(): HostDescription {
  const diagnostics = Office.context?.diagnostics;
  const requirements = Office.context?.requirements;
  const requirementSets: string[] = [];
  for (const set of SETS_TO_REPORT) {
    let highest = "";
    for (let minor = 1; minor <= set.versions; minor++) {
      if (requirements?.isSetSupported(set.name, `1.${minor}`)) highest = `1.${minor}`;
    }
    if (highest) requirementSets.push(`${set.name} ${highest}`);
  }
  return {
    host: String(diagnostics?.host ?? "unknown"),
    platform: String(diagnostics?.platform ?? "unknown"),
    officeVersion: diagnostics?.version ?? "unknown",
    requirementSets,
  };
}

function message(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const text = error instanceof Error ? error.message : String(error);
  return typeof code === "string" && !text.includes(code) ? `${code}: ${text}` : text;
}

type Step = (context: Excel.RequestContext) => Promise<string>;

async function runSteps(steps: ReadonlyArray<[string, Step]>): Promise<CapabilityResult[]> {
  const results: CapabilityResult[] = [];
  await Excel.run(async (context) => {
    let sheetReady = true;
    for (const [capability, step] of steps) {
      if (!sheetReady) {
        results.push({
          capability,
          outcome: "fail",
          detail: "not run: the temporary sheet could not be made",
        });
        continue;
      }
      try {
        results.push({ capability, outcome: "pass", detail: await step(context) });
      } catch (error) {
        results.push({ capability, outcome: "fail", detail: message(error) });
        if (results.length === 1) sheetReady = false;
      }
    }
  });
  return results;
}

function sheetOf(context: Excel.RequestContext): Excel.Worksheet {
  return context.workbook.worksheets.getItem(SELF_CHECK_SHEET);
}

interface RunState {
  /** Set once this run added the sheet: only then does the clean-up delete a sheet of that name. */
  sheetAdded: boolean;
}

const steps = (state: RunState): ReadonlyArray<[string, Step]> => [
  [
    "Temporary sheet",
    async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(SELF_CHECK_SHEET).load("name");
      await context.sync();
      if (!existing.isNullObject)
        throw new Error(`a sheet "${SELF_CHECK_SHEET}" already exists; rename or delete it`);
      context.workbook.worksheets.add(SELF_CHECK_SHEET);
      await context.sync();
      state.sheetAdded = true;
      return `"${SELF_CHECK_SHEET}" added`;
    },
  ],
  [
    "Table create and read",
    async (context) => {
      const sheet = sheetOf(context);
      const range = sheet.getRangeByIndexes(0, 0, ROWS.length + 1, HEADER.length);
      range.numberFormat = [HEADER, ...ROWS].map((row) => row.map(() => "@"));
      range.values = [HEADER, ...ROWS];
      const table = sheet.tables.add(range, true);
      table.name = SELF_CHECK_TABLE;
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      const read = JSON.stringify(body.values);
      if (read !== JSON.stringify(ROWS)) throw new Error(`read back ${read}, wrote ${JSON.stringify(ROWS)}`);
      return `${ROWS.length} rows written as text and read back unchanged`;
    },
  ],
  [
    "Number formats",
    async (context) => {
      const cell = sheetOf(context).getRange("C2");
      cell.numberFormat = [["yyyy-mm-dd"]];
      cell.values = [[45371]];
      cell.load("numberFormat");
      await context.sync();
      if (cell.numberFormat[0][0] !== "yyyy-mm-dd")
        throw new Error(`format read back as ${cell.numberFormat[0][0]}`);
      return "date format yyyy-mm-dd set and read back";
    },
  ],
  [
    "Data validation",
    async (context) => {
      const cells = sheetOf(context).getRange("B2:B3");
      cells.dataValidation.clear();
      cells.dataValidation.rule = { list: { inCellDropDown: true, source: "Task completed.,Task delayed." } };
      cells.dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "Check",
        message: "Check",
      };
      cells.dataValidation.prompt = { showPrompt: true, title: "Check", message: "Check" };
      await context.sync();
      return "drop-down list with input message and warning alert";
    },
  ],
  [
    "Conditional formats",
    async (context) => {
      const rows = sheetOf(context).getRange("A2:C3");
      const format = rows.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = '=$B2="about 580"';
      format.custom.format.fill.color = "#FCE4D6";
      await context.sync();
      return "custom-formula rule with fill colour";
    },
  ],
  [
    "Sheet protection",
    async (context) => {
      const sheet = sheetOf(context);
      sheet.getRange("B2:C3").format.protection.locked = false;
      sheet.protection.protect({ allowAutoFilter: true, allowSort: true, allowFormatColumns: true });
      sheet.protection.load("protected");
      await context.sync();
      if (!sheet.protection.protected) throw new Error("protect() left the sheet unprotected");
      sheet.protection.unprotect();
      sheet.protection.load("protected");
      await context.sync();
      if (sheet.protection.protected) throw new Error("unprotect() left the sheet protected");
      return "protected without a password, then unprotected";
    },
  ],
  [
    "Workbook settings",
    async (context) => {
      const value = { checkedAt: new Date().toISOString() };
      context.workbook.settings.add(SELF_CHECK_SETTING, value);
      const setting = context.workbook.settings.getItemOrNullObject(SELF_CHECK_SETTING).load("value");
      await context.sync();
      if (JSON.stringify(setting.value) !== JSON.stringify(value))
        throw new Error(`read back ${JSON.stringify(setting.value)}`);
      return "stored and read back";
    },
  ],
  [
    "Events (table changes)",
    async (context) => {
      const table = sheetOf(context).tables.getItem(SELF_CHECK_TABLE);
      context.runtime.load("enableEvents");
      const registration = table.onChanged.add(async () => undefined);
      await context.sync();
      registration.remove();
      await context.sync();
      return `Table.onChanged registered and removed (events ${context.runtime.enableEvents ? "on" : "off"})`;
    },
  ],
];

/** Removes the temporary sheet (if this run added it) and the setting, whatever happened before. */
async function cleanUp(state: RunState): Promise<string | null> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(SELF_CHECK_SHEET).load("name");
      const setting = context.workbook.settings.getItemOrNullObject(SELF_CHECK_SETTING).load("value");
      await context.sync();
      if (!setting.isNullObject) setting.delete();
      if (state.sheetAdded && !sheet.isNullObject) {
        sheet.protection.load("protected");
        await context.sync();
        if (sheet.protection.protected) sheet.protection.unprotect();
        sheet.delete();
      }
      await context.sync();
    });
    return null;
  } catch (error) {
    return message(error);
  }
}

/** Opens the add-in's message page in an Office dialog and closes it again. */
function checkDialog(messageUrl: string): Promise<CapabilityResult> {
  const capability = "Dialog";
  if (!Office.context?.requirements?.isSetSupported("DialogApi", "1.1")) {
    return Promise.resolve({
      capability,
      outcome: "not supported",
      detail: "DialogApi 1.1 missing: the ribbon's Validate reports problems without its dialog",
    });
  }
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(messageUrl, { height: 30, width: 30 }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        resolve({ capability, outcome: "fail", detail: `${result.error.code}: ${result.error.message}` });
        return;
      }
      result.value.close();
      resolve({ capability, outcome: "pass", detail: "message dialog opened and closed" });
    });
  });
}

export async function runSelfCheck(
  messageUrl: string,
  now: () => Date = () => new Date(),
): Promise<SelfCheckReport> {
  const host = describeHost();
  const state: RunState = { sheetAdded: false };
  let results: CapabilityResult[];
  try {
    results = await runSteps(steps(state));
  } catch (error) {
    results = [{ capability: "Excel.run", outcome: "fail", detail: message(error) }];
  }
  const cleanUpError = await cleanUp(state);
  results.push(
    cleanUpError === null
      ? { capability: "Clean-up", outcome: "pass", detail: "temporary sheet and setting removed" }
      : {
          capability: "Clean-up",
          outcome: "fail",
          detail: `${cleanUpError} (delete "${SELF_CHECK_SHEET}" by hand)`,
        },
  );
  results.push(await checkDialog(messageUrl));
  return { checkedAt: now().toISOString(), host, results };
}
