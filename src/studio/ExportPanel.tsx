import { useRef, useState, type KeyboardEvent } from "react";
import { useErrorBoundary } from "react-error-boundary";
import { Isolated } from "./Isolated";
import { embedSnippet } from "../features/embed/embedSnippet";
import { exportedDataset } from "./draftEdits";
import type { DraftDataset } from "./draftStore";
import { exportFileName } from "./ids";
import { sha256, withQuoteChecks, type Misquote } from "./quoteChecks";
import { useStudioI18n } from "./studioI18n";
import { ChangeNotes } from "./ChangeNotes";
import { changedEvents, recordChanges, withoutBaseline, type ChangedEvent, type ChangeNote } from "./changeRecord";

/** Export (the native JSON file, as `npm run import` writes it) and, once exported, the three ways
 * to publish it. With problems left, Export says so first and offers to export anyway. */
export function ExportPanel({
  dataset,
  problemCount,
  misquotes,
  publishArticles,
  onPublishArticles,
  onExported,
}: {
  dataset: DraftDataset;
  problemCount: number;
  misquotes: readonly Misquote[];
  publishArticles: boolean;
  onPublishArticles: (value: boolean) => void;
  /** `recorded`: the change export made to the draft (the notes for readers, `updated`), to keep in it. */
  onExported: (recorded: (dataset: DraftDataset) => DraftDataset) => void;
}) {
  const { t } = useStudioI18n();
  const [confirming, setConfirming] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const file = exportFileName(dataset.title);
  // A draft of the published timeline: the events changed since, asked about once per export.
  const [asking, setAsking] = useState<ChangedEvent[] | null>(null);
  const [notes, setNotes] = useState<Record<string, ChangeNote>>({});

  // A download that fails (a browser that refuses the file, a draft too large to write) fails this
  // part, in words, and not silently: the draft is kept, and "Try again" draws Export anew.
  const { showBoundary } = useErrorBoundary();
  const download = () => write().catch(showBoundary);
  const write = async () => {
    const now = new Date();
    const recorded = (draft: DraftDataset) => recordChanges(draft, notes, now);
    // Each quote's check against its article, as of today, goes into the file the reader's explorer reads.
    const checked = await withQuoteChecks(withoutBaseline(recorded(dataset)), now.toISOString().slice(0, 10), sha256);
    const json = `${JSON.stringify(exportedDataset(checked, { withArticles: publishArticles }), null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: file });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setConfirming(false);
    setAsking(null);
    setNotes({});
    setExported(file);
    onExported(recorded);
  };
  const exportButton = useRef<HTMLButtonElement>(null);
  // Back to editing: nothing downloaded, the notes written kept for the next Export.
  const cancel = () => {
    setConfirming(false);
    setAsking(null);
    exportButton.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !(confirming || asking)) return;
    e.preventDefault();
    cancel();
  };
  const proceed = () => (problemCount > 0 || misquotes.length > 0 ? setConfirming(true) : void download());
  const exportClicked = () => {
    const changed = asking ? [] : changedEvents(dataset);
    if (changed.length > 0) setAsking(changed);
    else proceed();
  };

  return (
    <section className="export-panel" aria-label={t("export")} onKeyDown={onKeyDown}>
      <label className="check">
        <input type="checkbox" checked={publishArticles} onChange={(e) => onPublishArticles(e.target.checked)} /> {t("publishArticles")}
      </label>
      <button type="button" ref={exportButton} onClick={exportClicked}>
        {t("export")}
      </button>
      {asking && (
        <ChangeNotes
          changed={asking}
          notes={notes}
          onNote={(id, note) => setNotes({ ...notes, [id]: note })}
          onContinue={proceed}
          onCancel={cancel}
        />
      )}
      {confirming && <ExportConfirm problemCount={problemCount} misquotes={misquotes} onExport={() => void download()} onCancel={cancel} />}
      {exported && <PublishWays file={exported} title={dataset.title} />}
    </section>
  );
}

function CopyField({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const { t } = useStudioI18n();
  const copy = () => void navigator.clipboard?.writeText(value).catch(() => {});
  return (
    <div className="copy-field">
      {multiline ? (
        <textarea readOnly value={value} aria-label={label} rows={5} dir="ltr" />
      ) : (
        <input readOnly value={value} aria-label={label} dir="ltr" />
      )}
      <button type="button" onClick={copy}>
        {t("copy")}
      </button>
    </div>
  );
}

/** Export with problems or misquotes left: said first, with a way to export anyway as a draft, or
 * to go back to the draft (Cancel, or Escape). */
function ExportConfirm({
  problemCount,
  misquotes,
  onExport,
  onCancel,
}: {
  problemCount: number;
  misquotes: readonly Misquote[];
  onExport: () => void;
  onCancel: () => void;
}) {
  const { t } = useStudioI18n();
  return (
    <div role="alert" className="export-confirm">
      {problemCount > 0 && <p>{t("exportProblems", { count: problemCount })}</p>}
      {misquotes.length > 0 && (
        <>
          <p>{t("exportMisquotes")}</p>
          <ul>
            {misquotes.map((quote) => (
              <li key={quote.path} dir="auto">
                <Isolated t={t} k="misquote" values={{ text: quote.text, speaker: quote.speaker }} />
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onExport}>
        {t("exportAnyway")}
      </button>
      <button type="button" onClick={onCancel}>
        {t("cancel")}
      </button>
    </div>
  );
}

/** The three ways on from an exported file: its `?data=` address, an embed, a site built around it. */
function PublishWays({ file, title }: { file: string; title: string }) {
  const { t } = useStudioI18n();
  const siteRoot = new URL("../", window.location.href);
  const dataHref = new URL(`?data=${encodeURIComponent(`data/${file}`)}`, siteRoot).href;
  return (
    <div className="publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading">
        <Isolated t={t} k="publishHeading" values={{ file }} dir="ltr" />
      </h2>
      <p>
        <Isolated t={t} k="publishData" values={{ file }} dir="ltr" />
      </p>
      <CopyField label="?data=" value={dataHref} />
      <p>{t("publishEmbed")}</p>
      <CopyField label="<iframe>" value={embedSnippet(dataHref, null, title)} multiline />
      <p>{t("publishBuild")}</p>
      <CopyField label="npm run build" value={`TIMELINE_DATA=data/${file} SITE_URL=${siteRoot.href} npm run build`} />
    </div>
  );
}
