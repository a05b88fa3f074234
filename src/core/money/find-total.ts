// Picks the grand total among the label/text pairs a content script reads near a checkout summary:
// "Order total" beats "Total", which beats nothing; subtotals, shipping, tax and discounts never win.
import { parseAmount, type AmountHint, type Money } from './parse-amount';
import { GRAND_TOTAL, INCLUSIVE, ORDER_PARTS, SUBTOTAL, TOTAL } from './total-labels';

export interface LabelledText {
  label: string;
  text: string;
}

export interface FoundTotal extends Money {
  /** Index of the pair it was read from. */
  index: number;
}

const MAX_PAIRS = 500;

export function findTotal(pairs: readonly LabelledText[], hint: AmountHint = {}): FoundTotal | null {
  const ranked = pairs
    .slice(0, MAX_PAIRS)
    .map((p, index) => ({ p, index, score: scoreLabel(p.label) }))
    .filter((r) => r.score > 0)
    // Best score first; among equals the later one, since summaries end with the amount to pay.
    .sort((a, b) => b.score - a.score || b.index - a.index);
  for (const { p, index } of ranked) {
    const money = parseAmount(p.text, hint);
    if (money) return { ...money, index };
  }
  return null;
}

/** 3: a grand total; 2: a plain total; 0: not the amount to pay. */
export function scoreLabel(label: string): number {
  const l = label.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').slice(0, 200);
  if (SUBTOTAL.some((w) => mentions(l, w))) return 0;
  const inclusive = INCLUSIVE.some((w) => mentions(l, w));
  if (GRAND_TOTAL.some((w) => mentions(l, w))) return 3;
  if (!TOTAL.some((w) => mentions(l, w))) return 0;
  if (inclusive) return 3;
  return ORDER_PARTS.some((w) => mentions(l, w)) ? 0 : 2;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const wordStart = new Map<string, RegExp>();

function mentions(label: string, word: string): boolean {
  if (CJK.test(word)) return label.includes(word);
  let re = wordStart.get(word);
  if (!re) {
    re = new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    wordStart.set(word, re);
  }
  return re.test(label);
}
