// Romanian label and attribute patterns.
import type { PatternTable } from './rules';

export default {
  none: 'parola|nastere|comentari|\\bcauta|\\bcui\\b|\\bcnp\\b|cod fiscal|utilizator|reg\\.? com|sediu social',
  'cc-exp': 'expirare',
  'cc-number': 'numar(ul)? card',
  tel: 'telefon|\\bmobil',
  organization: 'companie|societate|denumire',
  'address-housenumber': '^numar$|numarul casei',
  apartment: '\\bap\\.?$',
  floor: '\\betaj',
  building: '\\bbloc\\b|\\bscara\\b',
  'postal-code': 'cod postal',
  'address-line1': '\\bstrada\\b',
  address: '\\badresa\\b',
  'address-level2': '\\boras|localitate|municipiu',
  'address-level1': '\\bjudet|sector',
  country: '\\btara\\b',
  'full-name': 'nume ((si )?prenume|complet)',
  'given-name': 'prenume',
  'family-name': '\\bnume\\b',
  month: '\\bluna\\b',
  year: '\\banul\\b|^an\\b|\\ban$', // "an" only at an end: "Select an account" is English
  billing: 'facturare',
  shipping: 'livrare',
} satisfies PatternTable;
