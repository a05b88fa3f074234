// A prepaid card's single-use codes: how many remain, and marking one used.
import type { CardData } from '../../../core/types';
import { t } from '../../i18n';
import { useWallet } from '../../store';

export function PrepaidCodes({ id, card }: { id: string; card: CardData }) {
  const wallet = useWallet();
  const codes = card.prepaid?.codes ?? [];
  if (!codes.length) return null;
  const left = codes.filter((c) => !c.used);
  async function markUsed(index: number) {
    const prepaid = card.prepaid!;
    await wallet.save('card', { ...card, prepaid: { ...prepaid, codes: codes.map((c, i) => (i === index ? { ...c, used: true } : c)) } }, id);
  }
  return (
    <div class="codes">
      <span class="hint" data-testid="codes-left">{t('codesLeft', String(left.length), String(codes.length))}</span>
      <ul aria-label={t('codes')}>
        {codes.map((c, i) =>
          c.used ? null : (
            <li key={i}>
              <code>{c.code}</code>{' '}
              <button type="button" class="link" onClick={() => void markUsed(i)} aria-label={`${t('markUsed')}: ${c.code}`}>
                {t('markUsed')}
              </button>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
