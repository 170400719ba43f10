import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StrictMode, useState } from "react";
import { datasetLoads, type DatasetLoads } from "../dataset/datasetLoads";
import { DatasetLoadsContext } from "../dataset/datasetQuery";
import type { PanStore } from "../features/timeline/panGesture";
import { PannedBeforeStartContext } from "../features/timeline/pannedBeforeStart";
import { ServerHrefContext } from "../url/useUrlState";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";

/** The whole app, as the browser runs it and as the build prerenders it, for the page at
 * `serverHref` (the address the server render assumes; see ServerHrefContext), with what the page
 * before it saw (`pannedBeforeStart`), and the datasets its start began loading (`loads`; none given,
 * as in the build's prerender, it has its own). */
export function AppRoot({
  queryClient,
  serverHref,
  pannedBeforeStart = null,
  loads,
}: {
  queryClient: QueryClient;
  serverHref: string;
  pannedBeforeStart?: PanStore | null;
  loads?: DatasetLoads;
}) {
  const [ownLoads] = useState(() => loads ?? datasetLoads());
  return (
    <StrictMode>
      <ErrorBoundary>
        <ServerHrefContext.Provider value={serverHref}>
          <PannedBeforeStartContext.Provider value={pannedBeforeStart}>
            <DatasetLoadsContext.Provider value={ownLoads}>
              <QueryClientProvider client={queryClient}>
                <App />
              </QueryClientProvider>
            </DatasetLoadsContext.Provider>
          </PannedBeforeStartContext.Provider>
        </ServerHrefContext.Provider>
      </ErrorBoundary>
    </StrictMode>
  );
}
