// The toolbar badge of each tab: how many fields the wallet can fill there, or, while a save/update
// offer waits in that tab, a "+" that says so (the popup then shows the offer). The offer wins: a
// frame reporting its fields later does not hide it.
import type { Action } from 'webextension-polyfill';

type Messages = (key: string, sub?: string) => string;
const OFFER_COLOUR = '#1a7f37';
const COUNT_COLOUR = '#5b5b66';

export class Badge {
  private readonly counts = new Map<number, number>();
  private readonly offers = new Set<number>();

  constructor(
    private readonly action: Pick<Action.Static, 'setBadgeText' | 'setTitle' | 'setBadgeBackgroundColor'>,
    private readonly t: Messages,
  ) {}

  async formsFound(tabId: number, fields: number): Promise<void> {
    this.counts.set(tabId, fields);
    await this.paint(tabId);
  }

  async offer(tabId: number, pending: boolean): Promise<void> {
    if (pending) this.offers.add(tabId);
    else this.offers.delete(tabId);
    await this.paint(tabId);
  }

  forget(tabId: number): void {
    this.counts.delete(tabId);
    this.offers.delete(tabId);
  }

  private async paint(tabId: number): Promise<void> {
    const fields = this.counts.get(tabId) ?? 0;
    const offer = this.offers.has(tabId);
    const text = offer ? '+' : fields > 0 ? String(fields) : '';
    const title = offer ? this.t('badgeOffer') : fields > 0 ? this.t('badgeFormsFound', String(fields)) : '';
    await this.action.setBadgeBackgroundColor({ tabId, color: offer ? OFFER_COLOUR : COUNT_COLOUR }).catch(() => undefined);
    await this.action.setBadgeText({ tabId, text });
    await this.action.setTitle({ tabId, title });
  }
}
