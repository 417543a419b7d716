#!/usr/bin/env node
/**
 * npm start: build (development), serve https://localhost:3000 and sideload the add-in.
 *
 * 1. Dev certificates (office-addin-dev-certs): create a localhost certificate signed by a developer
 *    CA and install the CA in the OS trust store. On Linux the install needs sudo and
 *    update-ca-certificates; if it fails we keep the generated files, serve with them, and say how
 *    to trust the CA.
 * 2. webpack --mode development (fails early on compile errors).
 * 3. Windows / macOS: `office-addin-debugging start manifest.xml desktop` starts the dev server
 *    (npm run dev-server) and sideloads manifest.xml into Excel desktop; `npm stop` undoes it.
 *    Linux (no Excel desktop): start the dev server here and print the steps to sideload
 *    manifest.xml into Excel on the web. Ctrl+C stops the server.
 *
 * Options: --no-sideload (serve only, on any platform).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import https from "node:https";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const URL_DEV = `https://localhost:${PORT}/`;
const MANIFEST = join(ROOT, "manifest.xml");
const BIN = join(ROOT, "node_modules", ".bin");
const noSideload = process.argv.includes("--no-sideload");

function step(message) {
  console.log(`\n[kpi-tracker] ${message}`);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
    ...options,
  });
  if (r.status !== 0) {
    console.error(`[kpi-tracker] ${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}

// ---- 1. certificates ----
step("Checking the HTTPS development certificate (office-addin-dev-certs) ...");
const devCerts = require("office-addin-dev-certs");
const certDir = join(homedir(), ".office-addin-dev-certs");
const caPath = join(certDir, "ca.crt");
let certsTrusted = true;
try {
  await devCerts.ensureCertificatesAreInstalled();
  console.log(`Certificate installed and trusted by the OS (${certDir}).`);
} catch (err) {
  certsTrusted = false;
  const required = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => join(certDir, f));
  if (!required.every((f) => existsSync(f))) await devCerts.generateCertificates();
  // tell webpack.config.js not to try the OS install a second time
  process.env.KPI_DEV_CERTS_NO_INSTALL = "1";
  console.warn(
    `Could not install the developer CA into the OS trust store:\n  ${String(err).split("\n")[0]}\n` +
      `Using the generated certificate in ${certDir} instead. To trust it:\n` +
      (process.platform === "linux"
        ? `  - system (curl, node):  sudo cp ${caPath} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates\n` +
          `  - Chrome / Edge / Chromium (NSS):  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in dev CA" -i ${caPath}\n` +
          `    (certutil is in the libnss3-tools package)\n` +
          `  - Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import ${caPath}\n`
        : `  npx office-addin-dev-certs install   (may ask for an administrator password)\n`) +
      `  - or simply open ${URL_DEV}taskpane.html once in the browser you will use and accept the warning.`,
  );
}

// ---- 2. build ----
step("Building (webpack --mode development) ...");
run(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "development"]);

// ---- 3. serve + sideload ----
const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && !noSideload) {
  step(
    "Starting the dev server and sideloading manifest.xml into Excel desktop (office-addin-debugging) ...",
  );
  run(join(BIN, process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging"), [
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    String(PORT),
  ]);
  console.log("\nExcel should open with KPI Tracker on the Home tab. Run `npm stop` to stop and unregister.");
  process.exit(0);
}

step(`Starting the HTTPS dev server on ${URL_DEV} (webpack serve) ...`);
const server = spawn(
  process.execPath,
  [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "serve", "--mode", "development"],
  { cwd: ROOT, stdio: "inherit", env: process.env },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

function probe() {
  return new Promise((resolveProbe) => {
    const req = https.get(`${URL_DEV}taskpane.html`, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolveProbe(res.statusCode === 200);
    });
    req.on("error", () => resolveProbe(false));
    req.on("timeout", () => req.destroy());
  });
}

const deadline = Date.now() + 120_000;
while (!(await probe())) {
  if (Date.now() > deadline) {
    console.error(`[kpi-tracker] The dev server did not answer on ${URL_DEV}taskpane.html within 2 minutes.`);
    server.kill("SIGTERM");
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 1000));
}

console.log(`
[kpi-tracker] Serving the add-in on ${URL_DEV} (Ctrl+C to stop).
${desktop ? "" : "Excel desktop is not available on this platform, so sideload into Excel on the web:\n"}
  1. In the browser you will use for Excel, open ${URL_DEV}taskpane.html once${
    certsTrusted ? "" : " and accept the\n     certificate warning (or trust the CA as shown above)"
  }: Excel loads the add-in from
     this address and silently shows nothing if the browser does not trust it.
  2. Open Excel on the web (office.com > Excel), and a workbook.
  3. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.
  4. Browse to ${MANIFEST}
     and choose Upload.
  5. KPI Tracker appears on the Home tab: "KPI Tracker" opens the pane, "Validate" runs validation.

  Sideloaded add-ins stay until the browser's Office cache is cleared; re-upload after changing manifest.xml.
`);
