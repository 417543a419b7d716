// ESLint 9 flat config: eslint-plugin-office-addins (Office.js rules + prettier) with React and
// typescript-eslint. `npm run lint` = eslint + prettier --check.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";
import { coreImports } from "./eslint-rules/core-imports.mjs";

const PANE_PORT = "The pane uses only its actions interface (src/taskpane/workbook-actions.ts).";
const EXCEL_SIDE =
  "src/excel may import only the pane's actions interface (src/taskpane/workbook-actions.ts).";

const officeAddinRules = officeAddins.configs.recommended.find(
  (c) => c.rules?.["office-addins/call-sync-after-load"],
);

export default [
  { ignores: ["dist/", "node_modules/", "test/artifacts/", "coverage/", ".stryker-tmp/"] },

  // office-addins "react": eslint-plugin-react recommended + js recommended + prettier + Office.js rules
  // (the plugin's block covers js/ts files only, so it is repeated below for .tsx)
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.tsx"],
    plugins: officeAddinRules.plugins,
    languageOptions: {
      parser: tseslint.parser,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: officeAddinRules.rules,
  },
  {
    settings: { react: { version: "18" } },
    rules: {
      // React 17+ JSX transform; props are typed with TypeScript
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // typescript-eslint 8.8 (pinned by eslint-plugin-office-addins) crashes on ESLint >= 9.15 when this
      // rule runs with its default options; spelling them out avoids the crash
      "@typescript-eslint/no-unused-expressions": [
        "error",
        { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false, enforceForJSX: false },
      ],
    },
  },

  // the add-in runs in the Office webview: browser + Office.js globals
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
  },
  // The dependency rule: src/core imports only src/core and the libraries it declares (zod)
  {
    files: ["src/core/**/*.ts"],
    plugins: { "kpi-tracker": { rules: { "core-imports": coreImports } } },
    rules: { "kpi-tracker/core-imports": ["error", { root: "src/core", allow: ["zod"] }] },
  },
  // The pane reaches the workbook only through its actions interface (src/taskpane/workbook-actions.ts);
  // lazy-actions.ts fetches the Office.js implementation, the pane's one import from src/excel.
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/lazy-actions.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel/*"], message: PANE_PORT }] }],
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression[source.value=/\\Wexcel\\W/]", message: PANE_PORT },
        { selector: "TSImportType[argument.literal.value=/\\Wexcel\\W/]", message: PANE_PORT },
      ],
    },
  },
  // src/excel implements that interface and knows nothing else of the pane.
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/taskpane/*", "!**/taskpane/workbook-actions"], message: EXCEL_SIDE }] },
      ],
    },
  },
  // CLI, tests, tooling and config files run in Node
  {
    files: ["src/cli/**", "test/**", "scripts/**", "**/*.{js,cjs,mjs}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
