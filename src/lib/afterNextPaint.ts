/** Runs `callback` once the next frame has been painted; returns a cancel function. */
export function afterNextPaint(callback: () => void): () => void {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timeout = setTimeout(callback)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timeout);
  };
}
