// Wallet contents and page values shared by the Firefox fill tests: the items saved through the
// protocol from the wallet's own page, and the values read back from the shop's form controls.
import { waitForEqual } from './harness.mjs';

export const CARD = { number: '4242424242424242', holder: 'Ada Lovelace', expMonth: 8, expYear: 2029, csc: '123' };
export const ADDRESS = { name: 'Ada Lovelace', street: '12 Analytical Street', line2: 'Suite 3', city: 'San Francisco', region: 'CA', postalCode: '94107', country: 'US', phone: '+1 415 555 0199', email: 'ada@example.com' };

/** Saves an item through the protocol, from an extension page; returns its id. */
export async function put(extPage, kind, data) {
  return extPage.evaluate(async (item) => {
    const res = await browser.runtime.sendMessage({ type: 'items.put', item });
    if (!res.ok) throw new Error(res.error.code);
    return res.value.id;
  }, { kind, data });
}

/** A card, an address (ADDRESS unless given) and a profile using them; cards fill without asking the password. */
export async function seed(popup, address = ADDRESS) {
  const cardId = await put(popup, 'card', CARD);
  const addressId = await put(popup, 'address', address);
  await put(popup, 'profile', { name: 'Home', cardId, billingId: addressId, shippingId: addressId });
  await popup.evaluate(() => browser.runtime.sendMessage({ type: 'settings.set', settings: { askBeforeFillingCards: false } }));
}

export async function values(frame, names) {
  return frame.evaluate((ns) => Object.fromEntries(ns.map((n) => [n, document.querySelector(`[name="${n}"]`).value])), names);
}

export async function expectValues(frame, expected) {
  await waitForEqual(() => values(frame, Object.keys(expected)), expected, `values ${JSON.stringify(expected)}`);
}
