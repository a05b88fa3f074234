// The toolbar badge of each tab: how many fields the wallet can fill there, or, while a save/update
// offer waits in that tab, a "+" that says so (the popup then shows the offer). The offer wins: a
// frame reporting its fields later does not hide it.
import type { Action } from 'webextension-polyfill';
import { dropLeftPages } from './tab-pages';

type Messages = (key: string, sub?: string) => string;
const OFFER_COLOUR = '#1a7f37';
const COUNT_COLOUR = '#5b5b66';

export class Badge {
  /** Per tab, each frame's own count of the fields it can fill, and when its document started. */
  private readonly counts = new Map<number, Map<number, { fields: number; since: number }>>();
  private readonly offers = new Set<number>();

  constructor(
    private readonly action: Pick<Action.Static, 'setBadgeText' | 'setTitle' | 'setBadgeBackgroundColor'>,
    private readonly t: Messages,
  ) {}

  /** A frame's report of its own count; the badge shows the sum over the tab's current page. */
  async formsFound(tabId: number, frameId: number, fields: number, since: number): Promise<void> {
    let frames = this.counts.get(tabId);
    if (!frames) this.counts.set(tabId, (frames = new Map()));
    frames.set(frameId, { fields, since });
    dropLeftPages(frames);
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
    let fields = 0;
    for (const f of this.counts.get(tabId)?.values() ?? []) fields += f.fields;
    const offer = this.offers.has(tabId);
    const text = offer ? '+' : fields > 0 ? String(fields) : '';
    const title = offer ? this.t('badgeOffer') : fields > 0 ? this.t('badgeFormsFound', String(fields)) : '';
    await this.action.setBadgeBackgroundColor({ tabId, color: offer ? OFFER_COLOUR : COUNT_COLOUR }).catch(() => undefined);
    await this.action.setBadgeText({ tabId, text });
    await this.action.setTitle({ tabId, title });
  }
}
