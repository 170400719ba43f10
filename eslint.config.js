// @ts-check
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The arrows between the app's rooms point one way (bulletproof-react's no-restricted-paths
 * zones): the app composes features; a feature uses shared code (the dataset, the URL, lib) and no
 * other feature; the dataset and the URL know no feature; lib knows nothing of the app; the studio
 * (pages of its own) composes the explorer's parts, and nothing of the explorer knows it. */
const FEATURES = readdirSync("src/features");
/** The timeline's description of its opening view, shared in practice: the page before the app
 * (src/hydrate) draws it without React, the build (site/) sizes its boxes. The one part of a
 * feature that code outside the explorer may import. */
const SHARED_TIMELINE = ["./timeline/itemBox.ts", "./timeline/planView.ts", "./timeline/previewMarkup.ts"];
/** The opening view's descriptions (`*Markup.ts`: pure markup, no React, no stylesheet), drawn by
 * the app with React and by the page before the app into the DOM: the parts of features and of the
 * app shell the page before the app may import. */
const OPENING_VIEW_FEATURES = ["./search/searchMarkup.ts", "./timeline/timelineFrameMarkup.ts"];
const OPENING_VIEW_APP = ["./explorer/explorerMarkup.ts"];
const zones = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "A feature does not import another: the app composes them, or the shared part moves to src/dataset, src/url or src/lib.",
  })),
  {
    target: "./src/features",
    from: ["./src/app", "./src/hydrate"],
    message: "Features do not import the app shell: the app imports them.",
  },
  {
    target: ["./src/dataset", "./src/url"],
    from: ["./src/features", "./src/app", "./src/hydrate"],
    message: "Shared code imports no feature and no app code.",
  },
  {
    target: "./src/lib",
    from: ["./src/features", "./src/app", "./src/hydrate", "./src/dataset", "./src/url", "./src/studio"],
    message: "src/lib is shared by all: it imports nothing of the app's own.",
  },
  // The page before the app: shared code and the timeline's shared description, never the app it
  // hands over to (that would load the app before the first paint).
  {
    target: "./src/hydrate",
    from: "./src/features",
    except: [...SHARED_TIMELINE, ...OPENING_VIEW_FEATURES],
    message: "The page before the app draws from shared code and the shared descriptions only (SHARED_TIMELINE, OPENING_VIEW_FEATURES).",
  },
  {
    target: "./src/hydrate",
    from: "./src/app",
    except: OPENING_VIEW_APP,
    message: "The page before the app imports no app shell but its description (OPENING_VIEW_APP): the entry hands over to the app.",
  },
  {
    target: "./src/hydrate",
    from: "./src/main.tsx",
    message: "The page before the app imports no entry: the entry hands over to the app.",
  },
  // The entry: the page before the app, the app (loaded lazily), shared code; of the features only
  // what must listen before the app has loaded.
  {
    target: "./src/main.tsx",
    from: "./src/features",
    except: [...SHARED_TIMELINE, "./embed/reportHeight.ts", "./timeline/panGesture.ts"],
    message: "The entry starts the page: features come in with the app, not here.",
  },
  {
    target: "./test-support",
    from: ["./src/app", "./src/features", "./src/hydrate", "./src/studio", "./src/main.tsx"],
    message: "test-support is shared by tests and the bench: it imports only shared code (src/dataset, src/url, src/lib).",
  },
  {
    target: ["./src/features", "./src/app", "./src/hydrate", "./src/dataset", "./src/url", "./src/main.tsx"],
    from: "./src/studio",
    message: "The studio is pages of its own: the explorer imports nothing of it.",
  },
  // The rooms outside src/: build-time code (site/), commands (scripts/), what tests share
  // (test-support/) and the end-to-end tests (e2e/). Arrows point from the outside in.
  {
    target: "./src",
    from: ["./site", "./scripts", "./e2e"],
    message: "The app imports no build-time code, command or end-to-end test: they import it.",
  },
  {
    target: ["./site", "./test-support"],
    from: ["./scripts", "./e2e"],
    message: "Build-time code and test support import no command or end-to-end test.",
  },
  {
    target: "./scripts",
    from: "./e2e",
    message: "Commands import no end-to-end test.",
  },
];

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
  // Functions short enough to read: the app and its build, outside catalogues and tests.
  {
    files: ["src/**/*.{ts,tsx}", "site/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "src/lib/i18n/messages.*.ts", "src/studio/i18n/**"],
    rules: {
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // A description is drawn with React and without it: it imports neither React nor a stylesheet.
  {
    files: ["src/**/*Markup.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react-dom/*", "*.css"],
              message: "A *Markup.ts description is pure: no React, no stylesheet.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver()] },
    rules: {
      // Import cycles (type-only and lazy imports included) are dependency-cruiser's: `npm run lint:cycles`.
      "import-x/no-restricted-paths": ["error", { zones }],
    },
  },
);
