import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

interface Job {
  svg: string;
  resolve(png: Buffer): void;
  reject(error: Error): void;
}

/** Rasterises SVGs with resvg on worker threads: the cards of a large timeline are drawn on every
 * core. Each worker is replaced after a batch, because resvg's pixel buffers live outside the
 * JavaScript heap, where the garbage collector does not see them pile up. */
export class RasterPool {
  private readonly queue: Job[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly done = new Map<Worker, number>();
  private workers = 0;

  constructor(
    private readonly size = availableParallelism(),
    private readonly batch = 100,
  ) {}

  rasterise(svg: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ svg, resolve, reject });
      this.next();
    });
  }

  /** Ends the workers; the pool can still be used after (it starts new ones). */
  async close(): Promise<void> {
    const idle = this.idle.splice(0);
    this.workers -= idle.length;
    await Promise.all(idle.map((worker) => worker.terminate()));
  }

  private next(): void {
    while (this.queue.length && (this.idle.length || this.workers < this.size)) {
      const worker = this.idle.pop() ?? this.start();
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage({ id: 0, svg: job.svg });
    }
  }

  private start(): Worker {
    const worker = new Worker(new URL("./rasteriseWorker.mjs", import.meta.url));
    this.workers++;
    this.done.set(worker, 0);
    worker.on("message", ({ png, error }: { png?: Uint8Array; error?: string }) => {
      const job = this.busy.get(worker)!;
      this.busy.delete(worker);
      if (error !== undefined) job.reject(new Error(`resvg: ${error}`));
      else job.resolve(Buffer.from(png!));
      const count = this.done.get(worker)! + 1;
      if (count >= this.batch) {
        this.done.delete(worker);
        this.workers--;
        void worker.terminate();
      } else {
        this.done.set(worker, count);
        this.idle.push(worker);
      }
      this.next();
    });
    worker.on("error", (error: Error) => {
      this.busy.get(worker)?.reject(error);
      this.busy.delete(worker);
      this.workers--;
      this.next();
    });
    return worker;
  }
}
