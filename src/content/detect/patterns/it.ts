// Italian label and attribute patterns.
import type { PatternTable } from './rules';

export default {
  none:
    'codice fiscale|partita iva|\\bp\\.? ?iva\\b|buono|sconto|nascita|commento|\\bcerca\\b|sesso|utente|\\bsdi\\b|' +
    '\\bpec\\b|codice destinatario|citofono|messaggio|corriere|(cap|codice postale) o (citta|comune)',
  email: 'posta elettronica',
  'cc-csc': 'codice (di sicurezza|cvv|cvc)',
  'verification-code': 'codice di verifica',
  'cc-exp-month': 'mese( di)? scadenza|scadenza\\w* ?mese',
  'cc-exp-year': 'anno( di)? scadenza|scadenza\\w* ?anno',
  'cc-exp': 'scadenza',
  'cc-name': 'intestatario|titolare|nome sulla carta',
  'cc-number': 'numero (della |di )?carta',
  'tel-country-code': 'prefisso',
  tel: 'telefono|cellulare|recapito',
  organization: 'azienda|societa|ragione sociale|\\bditta\\b',
  'street-and-number': '(via|strada|indirizzo) (e|con) (il )?(numero )?civico|via,? (n\\.|numero|civico)',
  'address-streetname': 'nome (della )?via',
  'address-housenumber': 'civico|^n\\.?$|^numero$',
  'address-line2': 'indirizzo 2|\\bpresso\\b|informazioni aggiuntive|(appartamento|piano|scala|edificio)\\W+(unita|edificio|piano|scala|interno)',
  apartment: 'interno|appartamento',
  floor: '\\bpiano\\b',
  building: 'edificio|palazzina|\\bscala\\b',
  'postal-code': '\\bcap\\b|codice postale|c\\.a\\.p',
  'address-line1': '\\bvia\\b',
  address: 'indirizzo',
  'address-level3': 'frazione|quartiere',
  'address-level2': 'citta|localita',
  'address-level1': 'provincia|regione|\\bprov\\b',
  country: 'nazione|paese|\\bstato\\b(?! ?/ ?(provincia|regione))', // "Stato/Provincia" is the province
  'full-name': 'nome ((e )?cognome|completo)|nominativo|^destinatario',
  'first-or-full-name': '\\bnome\\b',
  'family-name': 'cognome',
  month: '\\bmese\\b',
  year: '\\banno\\b',
  number: '\\bnumero\\b',
  billing: 'fatturazione|fattura',
  shipping: 'spedizione|consegna|destinatario',
} satisfies PatternTable;
