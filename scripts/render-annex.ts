/**
 * Renders the annex for a look: Word and xlsx, both layouts, to test/artifacts/, then PDF (LibreOffice)
 * and PNG pages (poppler). Needs soffice and pdftoppm on the PATH.
 *
 *   npm run render-annex
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnex, type AnnexLayout } from "../src/core/annex";
import { readRegisterFile } from "../src/cli/register-file";
import { cliTranslator } from "../src/cli/cli-language";
import { annexDocx } from "../src/export/annex-docx";
import { annexHtml } from "../src/export/annex-html";
import { annexXlsx } from "../src/export/annex-xlsx";

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

async function main(): Promise<void> {
  requireTools();
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(out).filter((name) => name.startsWith("annex-")))
    rmSync(path.join(out, file));
  for (const { layout, register: registerPath, asAt } of RUNS) {
    const register = await readRegisterFile(path.join(root, registerPath), cliTranslator("en"));
    const annex = buildAnnex({ register, asAt, layout });
    const base = path.join(out, `annex-${layout}`);
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
        (name) => name.startsWith(path.basename(png)) && name.endsWith(".png"),
      );
      console.log(`${path.relative(root, source)} -> ${pages.length} page(s): ${pages.join(", ")}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
