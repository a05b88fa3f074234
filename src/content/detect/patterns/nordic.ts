// Swedish, Danish, Norwegian and Finnish label and attribute patterns.
import type { PatternTable } from './rules';

export default {
  none: 'losenord|adgangskode|passord|salasana|rabattkod|presentkort|fodelse|personnummer|kommentar|\\bsok\\b',
  email: 'e-?post|sahkoposti',
  'cc-exp': 'utgangsdatum|giltig till|udlobsdato|voimassa(oloaika| asti| saakka|olo)',
  'cc-number': 'kortnummer|kortin numero',
  'tel-with-code': '(inkl\\w*|med) (landskod|landekode|retningsnummer)',
  'tel-country-code': 'landekode|landskod|landsnummer',
  tel: 'telefon|mobil|puhelin',
  organization: 'foretag|virksomhed|yritys|selskab',
  'postal-code': 'postnummer|\\bpostnr|postinumero',
  'street-and-number': 'adresse?\\W*\\(\\W*(vejnavn|gatunavn|gade|gata|vei)', // "Adresse (vejnavn, husnr, etage, dør)": the whole line
  'address-line1': 'gatuadress|katuosoite',
  address: '\\badress\\b|\\badresse\\b|osoite',
  'address-level2': '\\bort\\b|postort|^by$|\\bstad\\b|postitoimipaikka|kaupunki|poststed',
  country: '\\bland\\b|\\bmaa\\b',
  'full-name': '\\bnamn\\b|\\bnavn\\b|\\bnimi\\b',
  'given-name': 'fornamn|fornavn|etunimi',
  'family-name': 'efternamn|efternavn|etternavn|sukunimi',
  shipping: 'leverans|levering|toimitus',
} satisfies PatternTable;
