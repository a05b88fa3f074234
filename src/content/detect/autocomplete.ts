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
const FOREIGN_TOKEN =
  /^(honorific-(prefix|suffix)|nickname|one-time-code|organization-title|address-level4|transaction-(currency|amount)|language|bday(-day|-month|-year)?|sex|url|photo|impp)$/;

const NO_INFO: AutocompleteInfo = { type: null, section: null, mode: null };

const parsed = new Map<string, AutocompleteInfo>(); // pages repeat their tokens; the results are frozen

/** Parses an autocomplete attribute ("section-a shipping street-address"). Unknown tokens are ignored. */
export function parseAutocomplete(value: string | null): AutocompleteInfo {
  if (!value || value.length > 200) return NO_INFO;
  return parsed.get(value) ?? remember(parsed, value, Object.freeze(parseTokens(value)), 1000);
}

/**
 * The spec's grammar, read from the end as browsers do: [section-*] [billing|shipping]
 * [home|work|mobile|fax|pager] field [webauthn]. Any other token makes the whole attribute invalid
 * ("billing given-name cc-given-name" names two fields): it then says nothing.
 */
function parseTokens(value: string): AutocompleteInfo {
  const tokens = value.trim().toLowerCase().split(/\s+/);
  if (tokens.at(-1) === 'webauthn') tokens.pop();
  const last = tokens.pop() ?? '';
  if (/^(home|work|mobile|fax|pager)$/.test(tokens.at(-1) ?? '')) tokens.pop();
  const mode = tokens.at(-1) === 'billing' || tokens.at(-1) === 'shipping' ? (tokens.pop() as AutocompleteInfo['mode']) : null;
  const section = tokens.at(-1)?.startsWith('section-') ? tokens.pop()!.slice(8) : null;
  if (tokens.length) return NO_INFO;
  const type = isFieldType(last) ? last : FOREIGN_TOKEN.test(last) ? 'none' : null;
  return { type, section, mode };
}
