// Polish, Czech and Slovak label and attribute patterns (ł has no decomposition: written as is).
import type { PatternTable } from './rules';

export default {
  none: 'hasło|haslo|kod rabatowy|urodzenia|komentarz|uwagi|szukaj|\\bnip\\b|pesel|heslo|narozeni|\\bico\\b|\\bdic\\b|poznamka|hledat|^ic$|mesta nebo psc|psc nebo',
  'cc-exp': 'data waznosci|wazna do|platnost',
  'cc-name': 'posiadacz|właściciel karty',
  'cc-number': 'numer karty|cislo karty',
  tel: 'telefon',
  organization: '(?<!/\\W{0,2})nazwa firmy|spolecnost|spolocnost',
  'street-and-number': 'ulice a cislo|ulice,? (a )?c\\.? ?p\\b|ulica,? (i )?(numer|nr)',
  'address-housenumber': 'numer domu|nr domu|(numer|nr) budynku|cislo popisne',
  apartment: 'numer (lokalu|mieszkania)|nr lokalu|\\blokal\\b|mieszkani',
  'postal-code': 'kod pocztow|\\bpsc\\b',
  'address-line1': '\\bulica\\b|\\bulice\\b|\\bul\\.?$',
  address: '\\badres\\b',
  'address-level2': 'miast[oa]|miejscowo|\\bmesto\\b|\\bobec\\b',
  'address-level1': 'wojewodztwo|\\bkraj\\b(?=.*(region|wojew))',
  country: '\\bkraj\\b|panstwo|\\bzeme\\b|krajina|\\bstat\\b',
  'name-or-company': '\\bimie\\W*(/|\\blub\\b)\\W*nazwa firmy',
  'full-name': 'imie i nazwisko|jmeno a prijmeni|meno a priezvisko',
  'first-or-full-name': '\\bimie\\b|\\bjmeno\\b|\\bmeno\\b',
  'family-name': 'nazwisk|prijmeni|priezvisko',
  month: 'miesiac|\\bmesic',
  year: '\\brok\\b',
  billing: 'faktur',
  shipping: 'dostaw|doruc',
} satisfies PatternTable;
