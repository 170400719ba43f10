import { mergeConfig } from "vite";
import site from "../vite.config";
import { misbehavingServer } from "./misbehavingServer";

// The built site as `vite preview` serves it, plus the test-only misbehaving routes.
export default mergeConfig(site, { plugins: [misbehavingServer()] });
