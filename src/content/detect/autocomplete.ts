// First signal of the classifier: the HTML autocomplete attribute. A valid token is what the page
// author says the field is, so it wins over every heuristic.
import { isFieldType, type FieldType } from '../../core/field-types';

export interface AutocompleteInfo {
  /** The field type token, when the attribute names one the wallet fills. */
  type: FieldType | null;
  /** The named group ("section-foo" → "foo"), when the author gave one. */
  section: string | null;
  /** The billing/shipping mode token, when present. */
  mode: 'billing' | 'shipping' | null;
}

const NO_INFO: AutocompleteInfo = { type: null, section: null, mode: null };

/** Parses an autocomplete attribute ("section-a shipping street-address"). Unknown tokens are ignored. */
export function parseAutocomplete(value: string | null): AutocompleteInfo {
  if (!value || value.length > 200) return NO_INFO;
  const tokens = value.trim().toLowerCase().split(/\s+/);
  if (tokens[tokens.length - 1] === 'webauthn') tokens.pop();
  const last = tokens[tokens.length - 1] ?? '';
  let section: string | null = null;
  let mode: AutocompleteInfo['mode'] = null;
  for (const t of tokens.slice(0, -1)) {
    if (t.startsWith('section-')) section = t.slice(8);
    else if (t === 'billing' || t === 'shipping') mode = t;
  }
  return { type: isFieldType(last) ? last : null, section, mode };
}

/** The field-type token of an autocomplete attribute ("shipping street-address" → "street-address"). */
export function autocompleteToken(value: string | null): FieldType | null {
  return parseAutocomplete(value).type;
}
