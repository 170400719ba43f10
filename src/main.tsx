import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { ErrorBoundary } from "./app/ErrorBoundary";
import { canonicalizeLocation } from "./features/url/useUrlState";
import "./app/app.css";

canonicalizeLocation();
// A pasted `#event-<id>` changes only the hash: rewrite it then too.
window.addEventListener("hashchange", canonicalizeLocation);

const queryClient = new QueryClient();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
