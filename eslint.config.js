// ESLint: the recommended JavaScript and TypeScript rules, and no import circles (a circle makes
// the order modules load in matter, and hides which module owns a rule). Prettier owns layout.
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "_site/", "_site-reports/", ".hub-staging/", "**/._site.staging-*"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,js,mjs,cjs}"],
    plugins: { "import-x": importX },
    settings: {
      // Our imports name their files in full (`./read-yaml.ts`), so Node's rules find them; the
      // TypeScript parser reads them, or a circle through a .ts file would go unseen.
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js", ".mjs", ".cjs"] })],
      "import-x/extensions": [".ts", ".js", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // `_name` marks a parameter an interface requires but this function does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // CommonJS files: pa11y loads runners with require(), and .puppeteerrc.cjs is read by puppeteer.
    files: ["**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        window: "readonly",
        document: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The one script the site itself serves runs in the reader's browser.
    files: ["site/assets/js/**/*.js"],
    languageOptions: { globals: { document: "readonly", window: "readonly" } },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
