// Turkish and Indonesian label and attribute patterns (Turkish dotless ı has no decomposition: written
// as is), and the date examples most languages write alike.
import type { PatternTable } from './rules';

export default {
  // A day then a month is a date (a birthday), not an expiry: DD/MM/YYYY, TT.MM.JJJJ (Tag), JJ/MM/AAAA (jour), GG-MM-AAAA (giorno).
  none: 'sifre|dogum|kimlik|vergi|adres basl[iı]g|kata sandi|tanggal lahir|label alamat|nama alamat|\\b(dd|tt|jj|gg) ?[/.-] ?mm\\b',
  'cc-name': 'nama (tertera )?(di|pada) kartu|nama pemegang kartu|kart uzerindeki (isim|ad)',
  'cc-number': '(nomor|no\\.?) kartu( kredit| debit)?|kart numaras[iı]',
  // Month and year in one box: MM/YY, MM/JJ (Jahr, jaar), MM/AA (année, año, anno, ano).
  'cc-exp': '\\bmm ?[/.-]? ?(yy|jj|aa)|son kullanma|masa berlaku',
  'cc-csc': 'kode keamanan|guvenlik kodu',
  organization: 'perusahaan',
  tel: 'telepon|\\bponsel|no\\.? hp|\\bcep tel',
  'postal-code': 'posta kodu|kode pos',
  address: '\\badres\\b|alamat',
  'address-level3': '\\bilce\\b|mahalle|kecamatan|kelurahan',
  'address-level2': 'sehir|\\bkota\\b|kabupaten',
  'address-level1': 'provinsi|^il$', // Turkish İl: the province (İlçe, the district, is level 3)
  country: '\\bulke\\b|negara',
  'full-name': 'ad[iı]? soyad[iı]?|isim soyisim|nama lengkap|nama penerima|^nama$',
  'given-name': 'nama depan',
  'first-or-full-name': '\\badi?\\b',
  'family-name': 'soyad|nama belakang',
} satisfies PatternTable;
