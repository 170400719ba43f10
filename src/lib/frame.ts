/** Whether this page is framed by another (an embed); reading `window.parent` never throws, even
 * cross-origin. A framed page must not scroll itself into view: that scrolls the host page too. */
export const isFramed = (): boolean => typeof window !== "undefined" && window.parent !== window;
