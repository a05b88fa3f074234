// The browser's native extension API for the UI module (content-ui.js): browser.* in Firefox,
// chrome.* in Chrome MV3, both promise-returning (see index.ts for why not the polyfill).
import type { ContentRequest } from '../core/protocol';

interface Ext {
  runtime: { getURL(path: string): string; sendMessage(message: ContentRequest): Promise<unknown> };
}
export const ext = (globalThis as { browser?: Ext }).browser ?? (globalThis as { chrome?: Ext }).chrome!;
