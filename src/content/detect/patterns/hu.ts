// Hungarian label and attribute patterns.
import type { PatternTable } from './rules';

export default {
  none: 'jelszo|kupon|szuletes|megjegyzes|kereses|adoszam|felhasznalonev',
  'cc-exp': 'lejarat',
  'cc-name': 'kartyabirtokos|kartyatulajdonos',
  'cc-number': 'kartyaszam',
  tel: 'telefon|mobil',
  organization: 'cegnev|\\bceg\\b|vallalat',
  'street-and-number': 'utca,? (es )?hazszam',
  'address-streetname': 'utca ?neve|kozterulet ?neve',
  'address-housenumber': 'hazszam',
  apartment: '\\bajto',
  floor: 'emelet',
  building: 'epulet|lepcsohaz',
  'postal-code': 'iranyitoszam|\\birsz',
  'address-line1': '\\bcim\\b|\\butca|kozterulet|lakcim',
  'address-level2': 'varos|telepules|helyseg',
  'address-level1': 'megye',
  country: 'orszag',
  'full-name': 'teljes nev|\\bnev\\b',
  'given-name': 'keresztnev|utonev',
  'family-name': 'vezeteknev|csaladnev',
  month: '\\bhonap',
  year: '\\bev\\b',
  billing: 'szamlaz',
  shipping: 'szallit',
} satisfies PatternTable;
