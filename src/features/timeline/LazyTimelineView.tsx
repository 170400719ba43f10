import { useEffect, useState, type ComponentProps } from "react";
import { useI18n } from "../../lib/i18n/I18nContext";
import type TimelineViewComponent from "./TimelineView";

type Props = ComponentProps<typeof TimelineViewComponent>;
type Loaded = typeof TimelineViewComponent;

// vis-timeline is the heaviest part of the app, so it is a chunk of its own, requested as soon
// as this module runs (index.html even preloads it) and downloaded beside the dataset.
// Not React.lazy: Suspense holds revealed content back for ~300 ms, longer than the load itself.
let loaded: Loaded | undefined;
const loading = import("./TimelineView").then((module) => (loaded = module.default));

export function LazyTimelineView(props: Props) {
  const [View, setView] = useState<Loaded | undefined>(() => loaded);
  const { t } = useI18n();
  useEffect(() => {
    if (!View) void loading.then((component) => setView(() => component));
  }, [View]);
  return View ? <View {...props} /> : <div className="timeline-placeholder">{t("loadingTimeline")}</div>;
}
