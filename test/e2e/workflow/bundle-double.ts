import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import webpack from "webpack";

/** Bundles the Excel double (and what it imports) into one browser script, returned as text. */
export async function bundleExcelDouble(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-double-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(__dirname, "browser-double.ts"),
    output: { path: outDir, filename: "excel-double.js", iife: true },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  const script = fs.readFileSync(path.join(outDir, "excel-double.js"), "utf8");
  fs.rmSync(outDir, { recursive: true, force: true });
  return script;
}
