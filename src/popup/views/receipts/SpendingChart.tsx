// Spending per month as a plain SVG bar chart (no chart library): one bar per month, labelled.
import type { ChartData } from '../../lib/chart-data';
import { monthText } from '../../lib/intl-cache';
import { formatMoney } from '../../lib/money';
import { intlLocale, t } from '../../i18n';

const W = 300;
const H = 90;

export function SpendingChart({ data }: { data: ChartData }) {
  if (!data.currency || data.bars.length === 0) return null;
  const max = Math.max(1, ...data.bars.map((b) => b.total));
  const step = W / data.bars.length;
  const title = t('chartTitle', data.currency);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H + 14}`} role="img" aria-label={title}>
        {data.bars.map((b, i) => {
          const h = Math.round((Math.max(0, b.total) / max) * H);
          return (
            <g key={b.month} data-month={b.month} data-total={b.total}>
              <title>{`${b.month}: ${formatMoney(b.total, data.currency!, intlLocale())}`}</title>
              <rect x={i * step + 2} y={H - h} width={step - 4} height={h} rx={2} />
              <text x={i * step + step / 2} y={H + 11} text-anchor="middle">
                {monthText(b.month, intlLocale(), 'month-short')}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
