// Reads an order number from a confirmation page's text: a known label (capture-data.ts), then
// connecting words or punctuation, then a token of letters, digits and dashes holding a digit.
import { ORDER_NUMBER_LABELS } from './capture-data';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LABELS = [...ORDER_NUMBER_LABELS].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Label, then "is"/"est"/"ist"/"lautet", colons, "#", "n°" in any mix, then the number itself. */
const ORDER = new RegExp(`(?:${LABELS})(?:\\s|:|：|#|n°|nº|no\\.|is\\b|est\\b|ist\\b|lautet\\b|是)*([A-Z0-9][A-Z0-9_/-]{2,62}[A-Z0-9])`, 'giu');
const MAX_TEXT = 100_000;

export function findOrderNumber(text: string): string | null {
  for (const m of text.slice(0, MAX_TEXT).normalize('NFKC').matchAll(ORDER)) {
    const token = m[1]!;
    if (/\d/.test(token)) return token;
  }
  return null;
}
