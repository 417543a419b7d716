import { buildAnnex } from "../../src/core/annex";
import { annexHtml } from "../../src/export/annex-html";
import { entry, result, smallRegister } from "../core/annex/fixture";

function html(latestProgress: string | null = null): string {
  return annexHtml(
    buildAnnex({
      register: smallRegister,
      asAt: "2024-09-30",
      layout: "progress-report",
      entries: [entry("2023-A-1", { latestProgress })],
      results: [result("2023-A-1", "Task on track.")],
    }),
  );
}

describe("annexHtml", () => {
  it("is one self-contained page with a repeating header and the annex structure", () => {
    const page = html();
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).not.toMatch(/<script|<link|src=/);
    expect(page).toContain('<thead><tr><th scope="col">Measures</th><th scope="col">KPIs</th>');
    expect(page).toContain("Latest Progress (as at 30 September 2024)");
    expect(page.match(/<tr class="area"><td colspan="3">/g)).toHaveLength(2);
    expect(page).toContain('<td rowspan="2">(A) Enhancing Community Emergency Preparedness</td>');
    expect(page).toContain("<b>750</b>");
    expect(page).toContain("@page { size: A4 portrait");
  });

  it("escapes entered text so it cannot inject markup", () => {
    const page = html('<img src=x onerror="alert(1)"> & =HYPERLINK("x")');
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(");
    expect(page).toContain("&amp; =HYPERLINK(&quot;x&quot;)");
  });
});
