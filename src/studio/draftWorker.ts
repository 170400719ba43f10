import { startCheckWorker, type CheckAnswer, type CheckRequest } from "./checkProtocol";
import { LatestOnly } from "./latestOnly";

type Check = Extract<CheckRequest, { type: "check" }>;
type Opening = { name: string; resolve: (answer: CheckAnswer) => void; reject: (error: Error) => void };

/** A check asked by `id` alone (the draft the worker keeps) does not replace one of the same draft
 * still waiting with its slices: the worker would never have read them. */
export const keepSent = (waiting: Check, next: Check): Check =>
  next.draft === null && waiting.draft && waiting.id === next.id ? waiting : next;

/** The studio's one draft worker: the file opened is read there and kept there, and each long draft
 * is checked and its preview's part found there, so a 20 MB file is parsed once off the page, not
 * again for the check and again for the preview (each a 20 MB copy on the page's thread first). */
export class DraftWorker {
  private worker: Worker | null = null;
  private readonly opening = new Map<number, Opening>();
  private readonly listeners = new Set<(answer: CheckAnswer, context: unknown) => void>();
  private checks: LatestOnly<Check, CheckAnswer, unknown> | null = null;
  private nextId = 1;

  /** A new id for a draft the worker is to read. */
  newId(): number {
    return this.nextId++;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startCheckWorker();
    const checkPort = { postMessage: (request: Check, transfer: Transferable[]) => worker.postMessage(request, transfer), onmessage: null };
    this.checks = new LatestOnly<Check, CheckAnswer, unknown>(
      checkPort,
      (answer, context) => this.listeners.forEach((l) => l(answer, context)),
      keepSent,
    );
    worker.onmessage = (e: MessageEvent<CheckAnswer>) => {
      const { data } = e;
      if (data.type === "opened" || data.type === "refused") {
        this.opening.get(data.id)?.resolve(data);
        this.opening.delete(data.id);
      } else (checkPort as { onmessage: ((e: MessageEvent<CheckAnswer>) => void) | null }).onmessage?.(e);
    };
    worker.onerror = (e) => {
      for (const { name, reject } of this.opening.values()) reject(new Error(e.message || `${name}: the file could not be read`));
      this.opening.clear();
    };
    return (this.worker = worker);
  }

  /** The file `bytes` read as a draft, kept by the worker under `id` (the bytes move there). */
  open(bytes: ArrayBuffer, name: string, id: number): Promise<CheckAnswer> {
    const worker = this.started();
    return new Promise((resolve, reject) => {
      this.opening.set(id, { name, resolve, reject });
      worker.postMessage({ type: "open", id, bytes, name } satisfies CheckRequest, [bytes]);
    });
  }

  /** Asks a draft's check and preview (the latest only); its answer goes to every listener with `context`. */
  check(request: Check, context: unknown, transfer: Transferable[] = []): void {
    this.started();
    this.checks!.ask(request, context, transfer);
  }

  /** Hears every check's answer; returns the way to stop. */
  listen(listener: (answer: CheckAnswer, context: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

/** The page's one draft worker, started when first needed. */
export const draftWorker = new DraftWorker();
