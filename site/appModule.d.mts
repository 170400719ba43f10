import type { PluginOption } from "vite";

export function loadAppModule(path: string, plugins?: PluginOption[]): Promise<{ module: Record<string, unknown>; close(): Promise<void> }>;
