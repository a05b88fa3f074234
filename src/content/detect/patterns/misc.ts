// Turkish and Indonesian label and attribute patterns (Turkish dotless ı has no decomposition: written as is).
import type { PatternTable } from './rules';

export default {
  none: 'sifre|dogum|kimlik|vergi|kata sandi|tanggal lahir|label alamat|nama alamat',
  email: 'e-?posta',
  'cc-name': 'nama (tertera )?(di|pada) kartu|nama pemegang kartu',
  'cc-number': '(nomor|no\\.?) kartu( kredit| debit)?|kart numaras[iı]',
  'cc-csc': 'kode keamanan|guvenlik kodu',
  tel: 'telepon|\\bponsel|no\\.? hp|\\bcep tel',
  'postal-code': 'posta kodu|kode pos',
  address: '\\badres\\b|alamat',
  'address-level3': '\\bilce\\b|mahalle|kecamatan|kelurahan',
  'address-level2': 'sehir|\\bkota\\b|kabupaten',
  'address-level1': 'provinsi',
  country: '\\bulke\\b|negara',
  'full-name': 'ad[iı]? soyad[iı]?|isim soyisim|nama lengkap|nama penerima|^nama$',
  'given-name': 'nama depan',
  'first-or-full-name': '\\badi?\\b',
  'family-name': 'soyad|nama belakang',
} satisfies PatternTable;
