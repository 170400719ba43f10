// `npm run lint:cycles`: what ESLint's import-x zones cannot say. The zones keep the arrows between
// the app's rooms one way; these keep them from circling, and keep every module reached, tests out
// of what ships, and the app off the development-only packages.
const TEST = "(\\.test\\.tsx?|\\.spec\\.ts)$";

/** Modules nothing imports that are entries of their own: pages, commands, workers, configs, tests. */
const ENTRIES = [
  TEST,
  "\\.d\\.m?ts$",
  "^src/main\\.tsx$",
  "^src/studio/main\\.tsx$",
  "^src/studio/preview/main\\.tsx$",
  // Commands run by node (package.json's scripts) and their in-page probes.
  "^scripts/[^/]+\\.mjs$",
  // Worker threads and servers started by path.
  "^site/rasteriseWorker\\.mjs$",
  "^e2e/parent-server\\.mjs$",
  "^e2e/parent/parent\\.js$",
  "^(vite|playwright)\\.config\\.ts$",
  "^e2e/preview\\.config\\.ts$",
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "An import cycle: a module reaches itself.", from: {}, to: { circular: true } },
    {
      name: "no-orphans",
      severity: "error",
      comment: "A module nothing imports and no entry names: dead code, or an entry to list in .dependency-cruiser.cjs.",
      from: { orphan: true, pathNot: ENTRIES },
      to: {},
    },
    {
      name: "not-to-test",
      severity: "error",
      comment: "Only tests import a test file: what ships or builds never does.",
      from: { pathNot: TEST },
      to: { path: TEST },
    },
    {
      name: "test-support-for-tests",
      severity: "error",
      comment: "test-support/ is what tests and the bench share: the app and its build import none of it.",
      from: { path: "^(src|site)/", pathNot: TEST },
      to: { path: "^test-support/" },
    },
    {
      name: "app-not-to-dev-dep",
      severity: "error",
      comment: "The app (src/) ships: a package it imports outside its tests belongs in dependencies, not devDependencies.",
      from: { path: "^src/", pathNot: TEST },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Imports of types count: a cycle through them is still two modules that cannot be read apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
