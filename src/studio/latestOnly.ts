/** What `LatestOnly` needs of a worker (a fake in tests). */
export interface Port<Q, A> {
  postMessage: (request: Q, transfer: Transferable[]) => void;
  onmessage: ((e: MessageEvent<A>) => void) | null;
}

/** Asks a worker one thing at a time, and only the latest: a draft asked about while the worker is
 * busy waits, and replaces any draft waiting before it (each key typed in a long draft would
 * otherwise queue a whole check). An answer is heard only if nothing newer waits: the work it
 * would start on the page (drawing the preview, listing problems) is for a draft already gone.
 * `replacing` picks which of a waiting request and a newer one is asked (by default the newer). */
export class LatestOnly<Q, A, C> {
  private busy: C | undefined;
  private asked = false;
  private waiting: { request: Q; context: C; transfer: Transferable[] } | null = null;

  constructor(
    private readonly port: Port<Q, A>,
    private readonly answered: (answer: A, context: C) => void,
    private readonly replacing: (waiting: Q, next: Q) => Q = (_, next) => next,
  ) {
    port.onmessage = ({ data }) => {
      const context = this.busy as C;
      this.asked = false;
      const next = this.waiting;
      this.waiting = null;
      if (next) this.ask(next.request, next.context, next.transfer);
      else this.answered(data, context);
    };
  }

  /** Asks `request` now, or once the worker is free; `context` comes back with its answer;
   * `transfer`: buffers the request moves to the worker as it goes. */
  ask(request: Q, context: C, transfer: Transferable[] = []): void {
    if (this.asked) {
      const waiting = this.waiting;
      const kept = waiting && this.replacing(waiting.request, request) === waiting.request;
      if (!kept) this.waiting = { request, context, transfer };
      return;
    }
    this.asked = true;
    this.busy = context;
    this.port.postMessage(request, transfer);
  }
}
