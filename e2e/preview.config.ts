import { mergeConfig } from "vite";
import site from "../vite.config.ts";
import { misbehavingServer } from "./misbehavingServer.ts";

// The built site as `vite preview` serves it, plus the test-only misbehaving routes.
export default mergeConfig(site, { plugins: [misbehavingServer()] });
