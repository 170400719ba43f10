import { createContext } from "react";
import type { PanStore } from "./panGesture";

/** Whether the reader panned or zoomed the first paint's timeline before the app was there to see
 * it (on a phone the app wakes at the first touch, which may be the start of that pan): one store
 * per page start, made by the page's entry and handed to the app (AppRoot). None: no pan. Apart
 * from panGesture.ts, which the entry loads: React is not on the page before the app. */
export const PannedBeforeStartContext = createContext<PanStore | null>(null);
