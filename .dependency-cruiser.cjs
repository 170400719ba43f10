// `npm run lint:cycles`: no import cycles anywhere, type-only and lazy imports included (ESLint's
// import-x zones keep the arrows between the app's rooms one way; this keeps them from circling).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "An import cycle: a module reaches itself.", from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Imports of types count: a cycle through them is still two modules that cannot be read apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
