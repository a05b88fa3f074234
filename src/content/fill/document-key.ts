/**
 * This document's name for fills, drawn once per document: the offer and `fill.describe` carry it,
 * the background hands it back with the fill, and a fill meant for an earlier document of the frame
 * (it navigated or reloaded since) is abandoned. Not the URL: history.pushState changes the URL of
 * the same document, and Chromium's sender.url does not follow it.
 */
export const DOCUMENT_KEY = Math.random();
