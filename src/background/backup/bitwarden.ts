// Reads Bitwarden's unencrypted JSON export into wallet items: cards (type 3), and identities
// (type 4) as an identity plus, when they hold a postal address, an address. Logins, secure notes
// and any other type are counted, not imported. An entry that cannot be imported is reported with
// a reason code (the popup words it), never its values.
import * as v from 'valibot';
import { WalletError } from '../../core/errors';
import type { SkippedEntry, SkipReason } from '../../core/transfer';
import { countryCode } from './countries';
import type { IncomingItem } from './import-items';

const str = v.nullish(v.string());
const exportSchema = v.object({
  encrypted: v.optional(v.boolean()),
  items: v.array(
    v.object({
      type: v.number(),
      name: str,
      card: v.nullish(v.object({ cardholderName: str, brand: str, number: str, expMonth: str, expYear: str, code: str })),
      identity: v.nullish(
        v.object({
          title: str, firstName: str, middleName: str, lastName: str, company: str, email: str, phone: str,
          address1: str, address2: str, address3: str, city: str, state: str, postalCode: str, country: str,
        }),
      ),
    }),
  ),
});
type BitwardenItem = v.InferOutput<typeof exportSchema>['items'][number];

const TYPE_NAMES: Record<number, string> = { 1: 'login', 2: 'secureNote', 5: 'sshKey' };

export interface BitwardenImport {
  items: IncomingItem[];
  skipped: SkippedEntry[];
  /** Bitwarden entries of kinds the wallet does not hold, counted by kind. */
  ignored: Record<string, number>;
}

export function fromBitwarden(json: string, opts: { includeCsc?: boolean } = {}): BitwardenImport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new WalletError('unreadable-file', 'This is not a JSON file; export from Bitwarden as “.json”.');
  }
  if ((raw as { encrypted?: unknown } | null)?.encrypted === true) {
    throw new WalletError('unreadable-file', 'This Bitwarden export is encrypted; export it again as unencrypted “.json”.');
  }
  const parsed = v.safeParse(exportSchema, raw);
  if (!parsed.success) throw new WalletError('unreadable-file', 'This is not a Bitwarden JSON export.');

  const out: BitwardenImport = { items: [], skipped: [], ignored: {} };
  parsed.output.items.forEach((item, position) => {
    const name = (item.name ?? '').slice(0, 200);
    const skip = (reason: SkipReason) => out.skipped.push({ position, name, reason });
    if (item.type === 3) {
      const card = item.card ? cardFrom(item.card, name, opts.includeCsc === true) : 'no-card';
      if (typeof card === 'string') skip(card);
      else out.items.push({ kind: 'card', data: card, position, name });
    } else if (item.type === 4) {
      const id = item.identity;
      if (!id) return skip('no-identity');
      const givenName = [id.firstName, id.middleName].filter(Boolean).join(' ').trim();
      const familyName = (id.lastName ?? '').trim();
      if (givenName || familyName || id.email) {
        out.items.push({
          kind: 'identity',
          data: { givenName, familyName, ...prune({ organization: id.company, email: id.email, phone: id.phone }) },
          position,
          name,
        });
      }
      if (id.address1 || id.city || id.postalCode) {
        const address = addressFrom(id, [givenName, familyName].filter(Boolean).join(' '), name);
        if (typeof address === 'string') skip(address);
        else out.items.push({ kind: 'address', data: address, position, name });
      } else if (!givenName && !familyName && !id.email) skip('identity-empty');
    } else {
      const kind = TYPE_NAMES[item.type] ?? `type ${item.type}`;
      out.ignored[kind] = (out.ignored[kind] ?? 0) + 1;
    }
  });
  return out;
}

function cardFrom(c: NonNullable<BitwardenItem['card']>, name: string, includeCsc: boolean): Record<string, unknown> | SkipReason {
  const number = (c.number ?? '').replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(number)) return 'card-number';
  const expMonth = Number(c.expMonth);
  if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) return 'card-expiry-month';
  const year = Number(c.expYear);
  const expYear = year >= 0 && year < 100 ? 2000 + year : year;
  if (!Number.isInteger(expYear) || expYear < 2000 || expYear > 2199) return 'card-expiry-year';
  const code = (c.code ?? '').trim();
  return {
    number,
    holder: (c.cardholderName ?? '').trim().slice(0, 200),
    expMonth,
    expYear,
    ...prune({ nickname: name.slice(0, 100) || undefined,
    // The security code is imported only when asked for: the wallet stores it only by choice.
    csc: includeCsc && /^\d{3,4}$/.test(code) ? code : undefined }),
  };
}

function addressFrom(id: NonNullable<BitwardenItem['identity']>, person: string, name: string): Record<string, unknown> | SkipReason {
  const country = countryCode(id.country ?? '');
  if (!country) return 'address-country';
  if (!id.address1 || !id.city || !id.postalCode) return 'address-incomplete';
  return {
    name: person || (id.company ?? ''),
    street: id.address1,
    city: id.city,
    postalCode: id.postalCode,
    country,
    ...prune({
      label: name.slice(0, 100),
      organization: id.company,
      line2: [id.address2, id.address3].filter(Boolean).join(', '),
      region: id.state,
      phone: id.phone,
      email: id.email,
    }),
  };
}

/** Drops empty optional fields, so they are absent as if never filled in. */
function prune(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined && x !== null && x !== ''));
}
