// Dutch label and attribute patterns.
import type { PatternTable } from './rules';

export default {
  none: 'wachtwoord|kortingscode|cadeaubon|geboorte|aanhef|opmerking|\\bzoek|\\bbtw\\b|\\bkvk\\b|gebruikersnaam|toevoeging',
  'cc-csc': 'beveiligingscode',
  'verification-code': 'verificatiecode',
  'cc-exp': 'vervaldatum|geldig (tot|t/m)',
  'cc-name': 'kaarthouder|naam op (de )?kaart',
  'cc-number': 'kaartnummer',
  tel: 'telefoon|mobiel',
  organization: 'bedrijf|organisatie',
  'address-streetname': 'straatnaam|^\\W*straat\\W*$',
  'address-housenumber': 'huisnummer|huisnr',
  'address-line1': '\\bstraat\\b',
  address: '\\badres\\b',
  'address-level2': 'woonplaats|\\bplaats\\b|\\bstad\\b|gemeente',
  'address-level1': 'provincie',
  country: '\\bland\\b',
  'full-name': 'volledige naam',
  'additional-name': 'tussenvoegsel',
  'given-name': 'voornaam|roepnaam|voorletter',
  'family-name': 'achternaam|familienaam',
  name: '\\bnaam\\b',
  month: '\\bmaand\\b',
  year: '\\bjaar\\b',
  billing: 'factuur',
  shipping: 'bezorg|verzend|aflever',
} satisfies PatternTable;
