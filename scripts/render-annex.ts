/**
 * Renders the annex for a look: Word and xlsx, both layouts, to test/artifacts/, then PDF (LibreOffice)
 * and PNG pages (poppler). Needs soffice and pdftoppm on the PATH.
 *
 *   npm run render-annex
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnex, type Annex, type AnnexLayout } from "../src/core/annex";
import { validateTable } from "../src/core/engine/validate-progress";
import { readRegisterFile } from "../src/cli/register-file";
import { cliTranslator } from "../src/cli/cli-language";
import { annexDocx } from "../src/export/annex-docx";
import { annexHtml } from "../src/export/annex-html";
import { annexXlsx } from "../src/export/annex-xlsx";
import { chineseRegister } from "../test/core/annex/chinese-fixture";
import { entry } from "../test/core/annex/fixture";

const root = path.resolve(__dirname, "..");
const out = path.join(root, "test/artifacts");

/** Annex I from the paper's own progress; Annex II as the KPI list. */
const RUNS: Array<{ layout: AnnexLayout; register: string; asAt: string }> = [
  { layout: "progress-report", register: "seeds/kpis-2022.json", asAt: "2023-09-30" },
  { layout: "kpi-list", register: "seeds/kpis-2023.json", asAt: "2023-10-25" },
];

/** Stops with the install command when a converter is missing, instead of a bare ENOENT. */
function requireTools(): void {
  for (const tool of ["soffice", "pdftoppm"]) {
    try {
      execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    } catch {
      throw new Error(
        `${tool} is not installed: apt-get install -y libreoffice-calc libreoffice-writer poppler-utils`,
      );
    }
  }
}

/**
 * The Chinese annex, from a small test register with Chinese text on every KPI but one (2023-B-1, to show
 * the mark) and two officers' entries, one typed in Chinese and one leaving the phrase to the check.
 */
function chineseAnnex(): Annex {
  const asAt = "2023-09-30";
  const entries = [
    entry("2023-A-1", { actual: 600, latestProgress: "截至2023年9月，已進行600次主動巡查。" }),
    entry("2023-B-1", { reportedStatus: "Task on track." }),
  ];
  const results = validateTable(chineseRegister, entries, { asAt });
  return buildAnnex({
    register: chineseRegister,
    entries,
    results,
    asAt,
    layout: "progress-report",
    language: "zh-HK",
  });
}

async function render(annex: Annex, name: string): Promise<void> {
  const base = path.join(out, name);
  writeFileSync(`${base}.docx`, await annexDocx(annex));
  writeFileSync(`${base}.xlsx`, await annexXlsx(annex));
  writeFileSync(`${base}.html`, annexHtml(annex));
  for (const extension of ["docx", "xlsx"]) {
    const source = `${base}.${extension}`;
    const pdfDir = path.join(out, `pdf-${extension}`);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", pdfDir, source], {
      stdio: "ignore",
    });
    const pdf = path.join(pdfDir, `${path.basename(base)}.pdf`);
    const png = `${base}-${extension}`;
    execFileSync("pdftoppm", ["-png", "-r", "70", pdf, png]);
    const pages = readdirSync(out).filter(
      (file) => file.startsWith(path.basename(png)) && file.endsWith(".png"),
    );
    console.log(`${path.relative(root, source)} -> ${pages.length} page(s): ${pages.join(", ")}`);
  }
}

async function main(): Promise<void> {
  requireTools();
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(out).filter((name) => name.startsWith("annex-")))
    rmSync(path.join(out, file));
  for (const { layout, register: registerPath, asAt } of RUNS) {
    const register = await readRegisterFile(path.join(root, registerPath), cliTranslator("en"));
    await render(buildAnnex({ register, asAt, layout }), `annex-${layout}`);
  }
  await render(chineseAnnex(), "annex-zh");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
