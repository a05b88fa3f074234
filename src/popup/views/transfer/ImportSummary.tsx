// What an import did: items added by kind, duplicates skipped, items removed, entries not imported
// (with the reason's code in words; it names a field, never a value) and ignored kinds.
import type { SkippedEntry, ImportSummary as Summary } from '../../../core/transfer';
import { ITEM_KINDS } from '../../../core/types';
import { t } from '../../i18n';
import { IGNORED_LABELS, KIND_LABELS } from './screens';

export const skipText = (s: SkippedEntry): string => t(`skip_${s.reason.replace(/-/g, '_')}`, s.field ?? '');

export function ImportSummary({ summary, lines }: { summary: Summary; lines: boolean }) {
  const added = ITEM_KINDS.filter((k) => summary.added[k]);
  const ignored = Object.entries(summary.ignored);
  return (
    <section class="summary" data-testid="import-summary" aria-label={t('importDone')}>
      <p class="ok" role="status">
        {t('importDone')}
      </p>
      {added.length === 0 ? (
        <p>{t('summaryNothingAdded')}</p>
      ) : (
        <dl class="parts" aria-label={t('summaryAdded')}>
          {added.map((k) => (
            <div key={k}>
              <dt>{t(KIND_LABELS[k])}</dt>
              <dd>{summary.added[k]}</dd>
            </div>
          ))}
        </dl>
      )}
      {summary.duplicates > 0 && <p>{t('summaryDuplicates', String(summary.duplicates))}</p>}
      {summary.removed > 0 && <p>{t('summaryRemoved', String(summary.removed))}</p>}
      {summary.skipped.length > 0 && (
        <>
          <p class="warn">{t('summarySkipped', String(summary.skipped.length))}</p>
          <ul class="rows skipped">
            {summary.skipped.map((s, i) => (
              <li key={i}>
                <span class="grow">
                  {lines ? t('csvLine', String(s.position)) : t('fileEntry', String(s.position + 1))}
                  {s.name && <strong> {s.name}</strong>}: {skipText(s)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {ignored.length > 0 && (
        <>
          <p class="hint">{t('summaryIgnored')}</p>
          <ul class="rows ignored">
            {ignored.map(([kind, n]) => (
              <li key={kind}>
                <span class="grow">{IGNORED_LABELS[kind] ? t(IGNORED_LABELS[kind]) : kind}</span>
                <span>{n}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
