/** Letters of a failure's words shown at most: enough to tell what went wrong, never a page of it. */
export const FAILURE_SHOWN = 300;

/** What was thrown, in words (a message cut to a readable length; drawn as text, never as markup). */
export function failureText(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.length > FAILURE_SHOWN ? `${text.slice(0, FAILURE_SHOWN)}…` : text;
}
