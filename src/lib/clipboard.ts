/** Puts `text` in the clipboard; "blocked" where the browser refuses (permissions, a sandbox), so
 * the caller can offer the text for a manual copy instead. */
export async function copyText(text: string): Promise<"copied" | "blocked"> {
  try {
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    return "blocked";
  }
}
