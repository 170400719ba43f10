/** How long to wait for a frame that may never come: a page that is not being drawn (an iframe
 * below its host's fold, a background tab) gets no animation frames, and must go on without. */
const NO_FRAME_MS = 100;

/** Runs `callback` once the next frame has been painted, or after NO_FRAME_MS if none is; returns a
 * cancel function. */
export function afterNextPaint(callback: () => void): () => void {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const painted = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(noFrame);
    timeout = setTimeout(callback);
  };
  const frame = requestAnimationFrame(painted);
  const noFrame = setTimeout(painted, NO_FRAME_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(noFrame);
    clearTimeout(timeout);
  };
}
