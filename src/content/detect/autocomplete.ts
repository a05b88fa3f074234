// First signal of the classifier: the HTML autocomplete attribute. A valid token is what the page
// author says the field is, so it wins over every heuristic, as in browsers. `off`, `on` and
// unknown tokens say nothing and leave the field to the heuristics.
import { isFieldType, type DetectedType } from '../../core/field-types';
import { remember } from './memo';

export interface AutocompleteInfo {
  /**
   * The field type token when the attribute names one the wallet fills; 'none' when it names a
   * field the wallet never fills (a password, a birthday); null when it names nothing valid.
   */
  type: DetectedType | null;
  /** The named group ("section-foo" → "foo"), when the author gave one. */
  section: string | null;
  /** The billing/shipping mode token, when present. */
  mode: 'billing' | 'shipping' | null;
}

/**
 * Valid autocomplete field names (HTML spec) for data a shopping wallet does not hold. Not the
 * login tokens: pages put "new-password" on address boxes to stop browser autofill, and
 * "username" on the e-mail box of a sign-up form, so those say nothing about a text field.
 */
const FOREIGN_TOKENS = new Set([
  'honorific-prefix', 'honorific-suffix', 'nickname', 'one-time-code', 'organization-title', 'address-level4',
  'transaction-currency', 'transaction-amount', 'language', 'bday', 'bday-day', 'bday-month', 'bday-year',
  'sex', 'url', 'photo', 'impp',
]);

const NO_INFO: AutocompleteInfo = { type: null, section: null, mode: null };

const parsed = new Map<string, AutocompleteInfo>(); // pages repeat their tokens; the results are frozen

/** Parses an autocomplete attribute ("section-a shipping street-address"). Unknown tokens are ignored. */
export function parseAutocomplete(value: string | null): AutocompleteInfo {
  if (!value || value.length > 200) return NO_INFO;
  return parsed.get(value) ?? remember(parsed, value, Object.freeze(parseTokens(value)), 1000);
}

function parseTokens(value: string): AutocompleteInfo {
  const tokens = value.trim().toLowerCase().split(/\s+/);
  if (tokens[tokens.length - 1] === 'webauthn') tokens.pop();
  const last = tokens[tokens.length - 1] ?? '';
  let section: string | null = null;
  let mode: AutocompleteInfo['mode'] = null;
  for (const t of tokens.slice(0, -1)) {
    if (t.startsWith('section-')) section = t.slice(8);
    else if (t === 'billing' || t === 'shipping') mode = t;
  }
  const type = isFieldType(last) ? last : FOREIGN_TOKENS.has(last) ? 'none' : null;
  return { type, section, mode };
}
