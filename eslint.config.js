// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Imports that would point the dependency arrows the wrong way (bulletproof-react's
 * no-restricted-paths zones): shared code knows no feature, features know no app shell. */
const forbid = (what, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ regex: `(^|/)(${what})(/|$)`, message }] }],
});

export default tseslint.config(
  { ignores: ["dist", "node_modules", "bench-results", "test-results", "playwright-report"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
    rules: {
      ...reactHooks.configs.flat["recommended-latest"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      // A render forced inside a callback: each stage draws in its own container instead.
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportSpecifier[imported.name='flushSync']",
          message: "No flushSync: give what must change at once its own container.",
        },
      ],
    },
  },
  { files: ["src/lib/**"], rules: forbid("features|app", "src/lib is shared: it imports no feature and no app code.") },
  { files: ["src/features/**"], rules: forbid("app", "Features do not import the app shell: the app imports them.") },
);
