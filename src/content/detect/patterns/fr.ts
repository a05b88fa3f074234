// French label and attribute patterns.
import type { PatternTable } from './rules';

export default {
  none:
    'mot de passe|code promo|bon de reduction|cadeau|naissance|civilite|identifiant|commentaire|recherche|\\btva\\b|' +
    'siret|siren|remarque|transporteur|digicode|interphone|points? d.acces|nom de (l.)?adresse',
  email: 'courriel|\\bmel\\b',
  'cc-csc': 'cryptogramme|code de securite|code secret',
  'verification-code': 'code de verification',
  'cc-exp-month': '(expiration|validite)\\w* ?mois|mois d.expiration',
  'cc-exp-year': '(expiration|validite)\\w* ?annee|annee d.expiration',
  'cc-exp': 'expiration|validite|date de fin|date d.exp',
  'cc-name': 'titulaire|nom (sur|de) la carte|porteur|detenteur',
  'cc-number': '(numero|n°|no) de (la )?carte|numero carte',
  'cc-type': 'type de carte',
  'tel-with-code': '(avec|y compris) (l.)?indicatif',
  'tel-country-code': 'indicatif',
  tel: 'telephone|portable|\\bmobile\\b|\\bfixe\\b',
  organization: 'societe|entreprise|raison sociale',
  'street-and-number': 'adresse postale|numero et (nom de )?(la )?(rue|voie)|(rue|voie),? (et )?(n°|no\\b|numero)',
  'address-streetname': 'nom de (la )?(rue|voie)|^\\W*rue\\W*$',
  'address-housenumber': 'numero (de (rue|voie|maison))?$|\\bn(o|\\W)? de (rue|voie)',
  'address-line2': 'complement|adresse 2|lieu.dit|(appartement|appt?|batiment|etage)\\W+(etage|batiment|appt?|appartement|bureau|escalier)',
  apartment: 'appartement|\\bappt?\\b|\\bporte\\b|\\bboite\\b',
  building: 'batiment|immeuble|(?<!(of|de) )residence',
  'postal-code': 'code postal|\\bc\\.p\\.?',
  'address-line1': '\\brue\\b|\\bvoie\\b',
  address: 'adresse',
  'address-level3': 'arrondissement|quartier',
  'address-level2': 'ville|comm?une|localite', // and the Italian comune
  'address-level1': 'departement|province|\\betat\\b|canton',
  country: '\\bpays\\b',
  'full-name': 'nom complet|nom (et )?prenom|prenom (et )?nom|^destinataire',
  'given-name': 'prenom',
  'family-name': '\\bnom\\b', // "nom de famille" too
  month: '\\bmois\\b',
  year: '\\bannee\\b|^aa(aa)?$', // AA: année, año, anno (the MM / AA of a card)
  number: '\\bnumero\\b',
  billing: 'facturation|factur',
  shipping: 'livraison|destinataire',
} satisfies PatternTable;
