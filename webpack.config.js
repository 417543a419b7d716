// Webpack 5 build for the KPI Tracker Excel add-in (after Microsoft's Office add-in React template).
//
//   npm run build       production bundle in dist/ (+ dist/manifest.xml pointing at urlProd)
//   npm run build:dev   development bundle in dist/
//   npm run dev-server  HTTPS dev server on https://localhost:3000 (office-addin-dev-certs)

const path = require("node:path");
const fs = require("node:fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** Where `npm start` serves the add-in; manifest.xml is written with this URL. */
const urlDev = "https://localhost:3000/";
/** Where the production build is hosted; dist/manifest.xml gets this URL instead of urlDev. Change before publishing. */
const urlProd = "https://kpi-tracker.example.com/";

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * HTTPS options for the dev server. office-addin-dev-certs creates a localhost certificate signed by
 * a developer CA and installs the CA in the OS trust store. On Linux that step needs sudo and
 * update-ca-certificates; when it fails we fall back to the generated (not installed) files and
 * say how to trust them. `npm start` (scripts/start.mjs) does the same before starting the server.
 */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    // set by scripts/start.mjs when the OS install already failed: go straight to the files
    if (process.env.KPI_DEV_CERTS_NO_INSTALL === "1") throw new Error("OS certificate install skipped");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (err) {
    const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    const missing = Object.values(files).some((f) => !fs.existsSync(path.join(dir, f)));
    if (missing) await devCerts.generateCertificates();
    if (process.env.KPI_DEV_CERTS_NO_INSTALL !== "1")
      console.warn(
        `\n[kpi-tracker] Could not install the dev certificate into the OS trust store (${String(err).split("\n")[0]}).\n` +
          `Serving with the generated certificate from ${dir}. Trust ${path.join(dir, files.ca)} in your browser,\n` +
          `or open ${urlDev} once and accept the warning before loading the add-in.\n`,
      );
    const read = (f) => fs.readFileSync(path.join(dir, f));
    return { ca: read(files.ca), key: read(files.key), cert: read(files.cert) };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      message: "./src/commands/message.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".mjs", ".json"],
      // exceljs: its package.json "browser" field points webpack at dist/exceljs.min.js (already
      // browser-ready), so no Node polyfills (resolve.fallback) are needed for the export chunks.
      // csv-parse's Node build uses Buffer; its browser build brings its own (the returns reader).
      alias: { "csv-parse/sync$": "csv-parse/browser/esm/sync" },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.(png|jpe?g|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      // Initial task-pane JS = runtime-free entry + react + fluent; export libraries (exceljs, docx)
      // are import()ed by the app and end up in their own async chunks.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "initial",
            priority: 30,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc[\\/]helpers|use-sync-external-store|stylis|rtl-css-js|embla-carousel.*)[\\/]/,
            name: "fluent",
            chunks: "initial",
            priority: 20,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "message.html",
        template: "./src/commands/message.html",
        chunks: ["message"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          hot: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await getHttpsOptions() },
          port: DEV_SERVER_PORT,
          static: { directory: path.resolve(__dirname, "dist"), watch: false },
        }
      : undefined,
  };
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
