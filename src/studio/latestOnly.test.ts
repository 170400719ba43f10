import { describe, expect, it } from "vitest";
import { LatestOnly, type Port } from "./latestOnly";

/** A worker that holds each request until `answer` is called. */
function fakeWorker() {
  const asked: number[] = [];
  const port: Port<number, number> = {
    postMessage: (request) => void asked.push(request),
    onmessage: null,
  };
  const answer = () => port.onmessage!({ data: asked.at(-1)! * 10 } as MessageEvent<number>);
  return { port, asked, answer };
}

describe("LatestOnly", () => {
  it("asks one thing at a time, and of what came while busy, only the latest", () => {
    const { port, asked, answer } = fakeWorker();
    const heard: [number, string][] = [];
    const latest = new LatestOnly<number, number, string>(port, (a, context) => void heard.push([a, context]));
    latest.ask(1, "one");
    latest.ask(2, "two");
    latest.ask(3, "three");
    expect(asked).toEqual([1]);
    answer(); // 1's answer: 3 waits, so it is not heard, and 3 is asked
    expect(heard).toEqual([]);
    expect(asked).toEqual([1, 3]);
    answer();
    expect(heard).toEqual([[30, "three"]]);
    latest.ask(4, "four");
    expect(asked).toEqual([1, 3, 4]);
    answer();
    expect(heard).toEqual([
      [30, "three"],
      [40, "four"],
    ]);
  });

  it("keeps a waiting request over a newer one where told to", () => {
    const { port, asked, answer } = fakeWorker();
    const heard: [number, string][] = [];
    // An odd request waiting is kept over an even one (as a draft's slices over its id alone).
    const latest = new LatestOnly<number, number, string>(
      port,
      (a, context) => void heard.push([a, context]),
      (waiting, next) => (waiting % 2 === 1 && next % 2 === 0 ? waiting : next),
    );
    latest.ask(1, "one");
    latest.ask(3, "three");
    latest.ask(4, "four");
    answer();
    expect(asked).toEqual([1, 3]);
    answer();
    expect(heard).toEqual([[30, "three"]]);
  });
});
