import { describe, expect, it } from "vitest";
import { FAILURE_SHOWN, failureText } from "./failureText";

describe("failureText", () => {
  it("gives an error's message, else its name, else what was thrown as text", () => {
    expect(failureText(new TypeError("x.map is not a function"))).toBe("x.map is not a function");
    expect(failureText(new DOMException("", "UnknownError"))).toBe("UnknownError");
    expect(failureText("plain words")).toBe("plain words");
    expect(failureText(null)).toBe("null");
  });

  it("cuts a long message to a readable length", () => {
    const said = failureText(new Error("x".repeat(10_000)));
    expect(said).toHaveLength(FAILURE_SHOWN + 1);
    expect(said.endsWith("…")).toBe(true);
  });
});
