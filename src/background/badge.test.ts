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
    await badge.formsFound(3, 0, 7, 1000);
    expect([text.get(3), title.get(3)]).toEqual(['7', 'badgeFormsFound:7']);
    await badge.offer(3, true);
    await badge.formsFound(3, 0, 2, 1000); // a report after the offer does not hide it
    expect([text.get(3), title.get(3)]).toEqual(['+', 'badgeOffer']);
    await badge.offer(3, false);
    expect([text.get(3), title.get(3)]).toEqual(['2', 'badgeFormsFound:2']);
  });

  it("counts every frame of the tab's page, each frame's last report once; a frame older than the page is gone", async () => {
    const { badge, text } = setup();
    await badge.formsFound(5, 7, 3, 1200); // hosted card fields, reporting before the page
    await badge.formsFound(5, 0, 4, 1000);
    expect(text.get(5)).toBe('7');
    await badge.formsFound(5, 7, 2, 1200); // the card frame's own count changed
    await badge.formsFound(5, 0, 5, 1000); // and the page's
    expect(text.get(5)).toBe('7');
    await badge.formsFound(5, 0, 6, 9000); // the next page: the card frame was the last page's
    expect(text.get(5)).toBe('6');
    await badge.formsFound(5, 8, 1, 9500); // a frame of the new page
    expect(text.get(5)).toBe('7');
  });

  it('is per tab, and empty when there is nothing to say', async () => {
    const { badge, text } = setup();
    await badge.offer(1, true);
    await badge.formsFound(2, 0, 0, 1000);
    expect([text.get(1), text.get(2)]).toEqual(['+', '']);
  });
});
