import { describe, expect, it } from 'vitest';
import { Badge } from './badge';

function setup() {
  const text = new Map<number, string>();
  const title = new Map<number, string>();
  const action = {
    setBadgeText: async ({ tabId, text: t }: { tabId?: number; text: string | null }) => void text.set(tabId!, t ?? ''),
    setTitle: async ({ tabId, title: t }: { tabId?: number; title: string }) => void title.set(tabId!, t),
    setBadgeBackgroundColor: async () => {},
  };
  const badge = new Badge(action as never, (key, sub) => (sub ? `${key}:${sub}` : key));
  return { badge, text, title };
}

describe('toolbar badge', () => {
  it('shows the field count, and "+" while a save offer waits; the offer wins over later counts', async () => {
    const { badge, text, title } = setup();
    await badge.formsFound(3, 7);
    expect([text.get(3), title.get(3)]).toEqual(['7', 'badgeFormsFound:7']);
    await badge.offer(3, true);
    await badge.formsFound(3, 2); // a frame reporting later does not hide the offer
    expect([text.get(3), title.get(3)]).toEqual(['+', 'badgeOffer']);
    await badge.offer(3, false);
    expect([text.get(3), title.get(3)]).toEqual(['2', 'badgeFormsFound:2']);
  });

  it('is per tab, and empty when there is nothing to say', async () => {
    const { badge, text } = setup();
    await badge.offer(1, true);
    await badge.formsFound(2, 0);
    expect([text.get(1), text.get(2)]).toEqual(['+', '']);
  });
});
