import type { PluginOption } from "vite";

/** `M`: the module's own type, from an `import type * as M from "<the same file>"` (no copy by hand). */
export function loadAppModule<M>(file: URL, plugins?: PluginOption[]): Promise<{ module: M; close(): Promise<void> }>;
