import * as React from "react";
import { screen } from "@testing-library/react";
import { renderInPane } from "./render-in-pane";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "./jsdom-gaps";
import { ReturnsOutSection } from "../../src/taskpane/returns/ReturnsOutSection";
import seed2022 from "../../seeds/kpis-2022.json";

// The workbooks themselves are checked in returns-out.test.ts (exceljs needs node's streams).
jest.mock("../../src/taskpane/returns/returns-out", () => {
  const actual = jest.requireActual("../../src/taskpane/returns/returns-out");
  return {
    ...actual,
    departmentReturn: jest.fn((register: { year: number }, department: "FSD") =>
      Promise.resolve({
        department,
        fileName: actual.returnFileName(register.year, department),
        bytes: new Uint8Array([1]),
      }),
    ),
    allReturnsZip: jest.fn(() =>
      Promise.resolve({
        files: [{ department: "FSD" }, { department: "GFS" }],
        zip: new Uint8Array([2]),
      }),
    ),
  };
});

const SOURCES = [{ id: "seed-2022", label: "KPIs 2022", load: () => Promise.resolve(seed2022) }];

function renderSection(platform: string | null = "OfficeOnline") {
  const saveFile = jest.fn();
  renderInPane(
    <FluentProvider theme={webLightTheme}>
      <ReturnsOutSection sources={SOURCES} asAt="2023-09-30" platform={platform} saveFile={saveFile} />
    </FluentProvider>,
  );
  return saveFile;
}

describe("Returns out", () => {
  it("downloads every department's return as one zip", async () => {
    const saveFile = renderSection();
    await userEvent.click(screen.getByRole("button", { name: "Download returns" }));
    expect(await screen.findByText(/kpi-returns-2022\.zip was handed to Excel/)).toHaveTextContent(
      "2 returns (FSD, GFS)",
    );
    expect(saveFile).toHaveBeenCalledWith(new Uint8Array([2]), "kpi-returns-2022.zip", "application/zip");
  });

  it("downloads one department's workbook on its own", async () => {
    const saveFile = renderSection();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Returns for" }), "FSD");
    await userEvent.click(screen.getByRole("button", { name: "Download returns" }));
    await screen.findByText(/kpi-return-2022-FSD\.xlsx was handed to Excel/);
    expect(saveFile).toHaveBeenCalledWith(
      new Uint8Array([1]),
      "kpi-return-2022-FSD.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });

  it("on Mac gives the command line instead of a download that would do nothing", async () => {
    const saveFile = renderSection("Mac");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Returns for" }), "C&ED");
    await userEvent.click(screen.getByRole("button", { name: "Returns (command line)" }));
    expect(
      await screen.findByText(/--department C&ED --as-at 2023-09-30 --out kpi-return-2022-C&ED\.xlsx/),
    ).toBeVisible();
    expect(saveFile).not.toHaveBeenCalled();
  });
});
