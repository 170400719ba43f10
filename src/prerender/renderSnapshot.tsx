import { QueryClient } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { AppRoot } from "../app/AppRoot";
import { buildIndex } from "../features/dataset/datasetIndex";
import { datasetQueryOptions } from "../features/dataset/datasetQuery";
import { resolveDatasetUrl } from "../features/dataset/datasetUrl";
import { parseDataset } from "../features/dataset/parse";

/** The app's opening view of the bundled dataset, as HTML, for the build to put in the page: the
 * events are on screen before any script has run (the timeline as its static preview), and the
 * app hydrates it when it starts. Throws a DatasetError when the dataset is invalid: the page
 * then starts empty, and the app reports the error. */
export function renderSnapshot(datasetJson: string): string {
  const location = resolveDatasetUrl(null, "http://localhost/");
  if (!location.ok) throw new Error(location.message);
  const queryClient = new QueryClient();
  queryClient.setQueryData(
    datasetQueryOptions(location.url, location.label).queryKey,
    buildIndex(parseDataset(datasetJson, location.label)),
  );
  return renderToString(<AppRoot queryClient={queryClient} />);
}
