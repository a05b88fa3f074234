// Greek label patterns (normalised: no tonos).
import type { PatternTable } from './rules';

export default {
  none: 'συνθηματικο|κωδικος προσβασης|κουπονι|γεννηση|σχολι|αναζητηση|αφμ|(?<![α-ω])δ\\.?ο\\.?υ\\.?$|ονομα χρηστη|επαγγελμα|δραστηριοτητα|εκπροσωπ',
  email: 'ηλεκτρονικ',
  'cc-csc': 'κωδικος ασφαλειας',
  'cc-exp': 'ληξη|ληξης',
  'cc-name': 'κατοχος',
  'cc-number': 'αριθμος καρτας',
  tel: 'τηλεφων|κινητο|τηλ|σταθερο',
  organization: 'εταιρ|επωνυμια',
  'address-housenumber': '^αριθμος$|^αρ\\.?$|αριθμος οδου',
  floor: 'οροφος',
  'postal-code': 'ταχυδρομικος κωδικας|(^|\\s)τ\\.? ?κ\\.?$|ταχ\\.? ?κωδ',
  'address-line1': 'οδος',
  address: 'διευθυνση',
  'address-level2': 'πολη|περιοχη',
  'address-level1': 'νομος|περιφερεια',
  country: 'χωρα',
  'full-name': 'ονοματεπωνυμο',
  'first-or-full-name': 'ονομα',
  'family-name': 'επωνυμο',
  month: 'μηνας',
  year: 'ετος',
  billing: 'τιμολογ|χρεωσ',
  shipping: 'αποστολ|παραδοσ',
} satisfies PatternTable;
