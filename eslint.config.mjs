// Lint: typescript-eslint everywhere, Office's own rules (eslint-plugin-office-addins) where Office.js
// is called, and import rules that encode the architecture (docs/ARCHITECTURE.md). Formatting is
// prettier's job (`npm run lint` runs both); eslint-config-prettier turns off the rules it owns.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import prettierConfig from "eslint-config-prettier";
import globals from "globals";

/** `no-restricted-imports` patterns, one list per layer; each message says which rule of the architecture it enforces. */
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const CORE_ONLY_BY_ITS_ENTRY = {
  regex: "(^|/)core/.+",
  message: 'Adapters and shells use the core only through its public entry (src/core/index.ts): import from "../core".',
};
const NO_UPWARD = (layer, above) => ({
  regex: `^\\.\\./(\\.\\./)*(${above.join("|")})(/|$)`,
  message: `core/${layer} must not import ${above.join(", ")}: nothing in the core imports a later stage (docs/ARCHITECTURE.md).`,
});

// Office's recommended set (typescript parser, its Office.js rules); its prettier rule is dropped
// because prettier runs on its own in `npm run lint` (one formatter, one message per problem).
const officeRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.find((c) => c.rules?.["office-addins/call-sync-after-load"]).rules).filter(([name]) =>
    name.startsWith("office-addins/"),
  ),
);

export default tseslint.config(
  {
    ignores: ["dist/**", "lib/**", "out/**", "coverage/**", ".test-output/**", "node_modules/**", "assets/**", "docs/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { "import-x": importX },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.cjs", "**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    // CommonJS files (bin/, scripts/*.js, the jest and webpack configs) use require by design.
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  // ---- The core: pure, layered, no cycles --------------------------------------------------
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  // text and messages sit at the bottom; workbook (the vocabulary the reader and the documents share) just above them.
  {
    files: ["src/core/text/**/*.ts"],
    rules: restrict(NO_UPWARD("text", ["messages", "workbook", "rules", "read", "evaluate", "documents", "pipeline", "district", "run", "year"])),
  },
  {
    files: ["src/core/messages/**/*.ts"],
    rules: restrict(NO_UPWARD("messages", ["workbook", "rules", "read", "evaluate", "documents", "pipeline", "district", "run", "year"])),
  },
  {
    files: ["src/core/workbook/**/*.ts"],
    rules: restrict(NO_UPWARD("workbook", ["rules", "read", "evaluate", "documents", "pipeline", "district", "run", "year"])),
  },
  { files: ["src/core/rules/**/*.ts"], rules: restrict(NO_UPWARD("rules", ["read", "evaluate", "documents", "pipeline", "district", "run", "year"])) },
  { files: ["src/core/read/**/*.ts"], rules: restrict(NO_UPWARD("read", ["evaluate", "documents", "pipeline", "district", "run", "year"])) },
  { files: ["src/core/evaluate/**/*.ts"], rules: restrict(NO_UPWARD("evaluate", ["documents", "pipeline", "district", "run", "year"])) },
  {
    files: ["src/core/documents/**/*.ts"],
    rules: restrict({
      regex: "^\\.\\./(\\.\\./)*(read|evaluate|pipeline|district|run|year)(/|$)",
      message: "Documents plan from the model and the result only: they never import read/ (the reader is the only reader), evaluate/ or the pipeline.",
    }),
  },
  { files: ["src/core/district/**/*.ts"], rules: restrict(NO_UPWARD("district", ["pipeline", "run", "year"])) },
  // pipeline and run never import the year's actions (forms, merge, finalize, next year), which sit above them.
  { files: ["src/core/pipeline/**/*.ts", "src/core/run.ts"], rules: restrict(NO_UPWARD("pipeline", ["district", "year"])) },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "The core is deterministic: no randomness." },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now'], NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The core has no clock: the shell passes today in (an Excel serial).",
        },
        {
          selector: "ImportDeclaration[source.value=/^(exceljs|react|react-dom|@fluentui\\u002F.*|fs|path|node:.*|child_process)$/]",
          message: "The core is pure: no Office.js, exceljs, DOM, React or Node modules.",
        },
      ],
    },
  },

  // ---- Adapters and shells: the core through its entry; adapters never import each other -----
  {
    files: ["src/xlsx/**/*.ts"],
    rules: restrict(CORE_ONLY_BY_ITS_ENTRY, {
      regex: "(^|/)(excel|taskpane|commands|cli)(/|$)",
      message: "The exceljs adapter never imports the Office.js adapter or a shell.",
    }),
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: restrict(CORE_ONLY_BY_ITS_ENTRY, {
      regex: "(^|/)(xlsx|taskpane|commands|cli)(/|$)",
      message: "The Office.js adapter never imports the exceljs adapter or a shell.",
    }),
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: restrict(CORE_ONLY_BY_ITS_ENTRY, { regex: "(^|/)(excel|taskpane|commands)(/|$)", message: "The command line uses the exceljs adapter only." }),
  },
  {
    files: ["src/commands/**/*.ts"],
    rules: restrict(
      CORE_ONLY_BY_ITS_ENTRY,
      { regex: "^(react|react-dom|@fluentui/.*)$", message: "The ribbon's function file never imports React or Fluent UI (it must stay small)." },
      { regex: "(^|/)(xlsx|taskpane|cli)(/|$)", message: "The function file uses the Office.js adapter only." },
    ),
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: restrict(CORE_ONLY_BY_ITS_ENTRY, {
      regex: "(^|/)(xlsx|commands|cli)(/|$)",
      message: "The pane uses the Office.js adapter only, never the ribbon's function file.",
    }),
  },
  // The pane loads code on demand in one place only: the file writer for Tạo sổ năm sau, in a chunk of
  // its own (no-restricted-imports does not see import(), so the rule names the syntax).
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/workbookFile.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression", message: "The pane loads code on demand only in workbookFile.ts (the file writer, a chunk of its own)." },
      ],
    },
  },
  {
    files: ["src/taskpane/workbookFile.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value!='../xlsx/book-file']",
          message: "workbookFile.ts loads the file writer (../xlsx/book-file) and nothing else: the rest of src/xlsx is the command line's.",
        },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" } },
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "test/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },

  // ---- Tests and scripts ----------------------------------------------------------------------
  {
    files: ["test/**/*.{ts,tsx}", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      // Tests build malformed inputs on purpose and reach into objects to check them.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  prettierConfig,
);
