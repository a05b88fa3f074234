// Spending per month for the bar chart. Amounts in different currencies are never added together:
// the chart shows the currency most receipts use.
import type { ReceiptRow } from './receipt-query';

export interface MonthBar {
  month: string;
  total: number;
}

export interface ChartData {
  currency: string | null;
  bars: MonthBar[];
}

/** The last `months` calendar months up to the newest receipt, with empty months as zero. */
export function spendingPerMonth(rows: readonly ReceiptRow[], months = 12): ChartData {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.data.currency && r.data.amount !== undefined) counts.set(r.data.currency, (counts.get(r.data.currency) ?? 0) + 1);
  const currency = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  if (!currency) return { currency: null, bars: [] };

  const totals = new Map<string, number>();
  for (const r of rows) {
    if (r.data.currency === currency && r.data.amount !== undefined) totals.set(r.month, (totals.get(r.month) ?? 0) + r.data.amount);
  }
  const newest = [...totals.keys()].sort().at(-1)!;
  let [y, m] = newest.split('-').map(Number) as [number, number];
  const bars: MonthBar[] = [];
  for (let i = 0; i < months; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    bars.unshift({ month: key, total: totals.get(key) ?? 0 });
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return { currency, bars };
}
