import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import type { PanStore } from "../features/timeline/panGesture";
import { PannedBeforeStartContext } from "../features/timeline/pannedBeforeStart";
import { ServerHrefContext } from "../url/useUrlState";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";

/** The whole app, as the browser runs it and as the build prerenders it, for the page at
 * `serverHref` (the address the server render assumes; see ServerHrefContext), with what the page
 * before it saw (`pannedBeforeStart`). */
export function AppRoot({
  queryClient,
  serverHref,
  pannedBeforeStart = null,
}: {
  queryClient: QueryClient;
  serverHref: string;
  pannedBeforeStart?: PanStore | null;
}) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <ServerHrefContext.Provider value={serverHref}>
          <PannedBeforeStartContext.Provider value={pannedBeforeStart}>
            <QueryClientProvider client={queryClient}>
              <App />
            </QueryClientProvider>
          </PannedBeforeStartContext.Provider>
        </ServerHrefContext.Provider>
      </ErrorBoundary>
    </StrictMode>
  );
}
