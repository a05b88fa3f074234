// First signal of the classifier: the HTML autocomplete attribute. A valid token is what the page
// author says the field is, so it wins over every heuristic.
const PAYMENT = /^cc-(name|given-name|additional-name|family-name|number|exp|exp-month|exp-year|csc|type)$/;
const ADDRESS =
  /^(name|given-name|additional-name|family-name|organization|street-address|address-line[123]|address-level[123]|postal-code|country|country-name|tel(-country-code|-national|-area-code|-local|-local-prefix|-local-suffix|-extension)?|email)$/;

/** The field-type token of an autocomplete attribute ("shipping street-address" → "street-address"). */
export function autocompleteToken(value: string | null): string | null {
  if (!value) return null;
  const tokens = value.trim().toLowerCase().split(/\s+/);
  const last = tokens[tokens.length - 1] === 'webauthn' ? tokens[tokens.length - 2] : tokens[tokens.length - 1];
  return last && (PAYMENT.test(last) || ADDRESS.test(last)) ? last : null;
}

export function countCheckoutFields(root: ParentNode): { payment: number; address: number } {
  let payment = 0;
  let address = 0;
  for (const el of root.querySelectorAll('input, select, textarea')) {
    const token = autocompleteToken(el.getAttribute('autocomplete'));
    if (!token) continue;
    if (PAYMENT.test(token)) payment++;
    else address++;
  }
  return { payment, address };
}
