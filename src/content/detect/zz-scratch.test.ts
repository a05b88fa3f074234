// @vitest-environment happy-dom
import { it } from 'vitest';
import { page, typesOf } from './test-page';
const L = (labels: string[]) => labels.map((l, i) => l.startsWith('SEL:') ? `<div><label for="f${i}">${l.slice(4)}</label><select id="f${i}" name="f${i}">${l.includes('月') || /mon|mes|moi|maand/i.test(l) ? [...Array(12)].map((_, m) => `<option>${String(m + 1).padStart(2, '0')}</option>`).join('') : [...Array(10)].map((_, y) => `<option>${2026 + y}</option>`).join('')}</select></div>` : `<div><label for="f${i}">${l}</label><input id="f${i}" name="f${i}"></div>`).join('');
const P: [string, string[]][] = [
  ['ja', ['カード番号', 'カード名義人', 'SEL:有効期限（月）', 'SEL:有効期限（年）', 'セキュリティコード']],
  ['zh', ['卡号', '持卡人姓名', '有效期 (MM/YY)', '安全码']],
  ['de', ['Kartennummer', 'Karteninhaber', 'Gültig bis (MM/JJ)', 'Prüfziffer']],
  ['de2', ['Kartennummer', 'Name des Karteninhabers', 'SEL:Ablaufmonat', 'SEL:Ablaufjahr', 'Kartenprüfnummer (CVC)']],
  ['fr', ['Numéro de carte', 'Nom du titulaire', "Date d'expiration (MM/AA)", 'Cryptogramme visuel']],
  ['es', ['Número de tarjeta', 'Nombre del titular', 'Fecha de caducidad (MM/AA)', 'CVV']],
  ['it', ['Numero della carta', 'Intestatario della carta', 'Data di scadenza (MM/AA)', 'Codice di sicurezza']],
  ['nl', ['Kaartnummer', 'Naam kaarthouder', 'Vervaldatum (MM/JJ)', 'Beveiligingscode']],
  ['pt', ['Número do cartão', 'Nome impresso no cartão', 'Validade (MM/AA)', 'Código de segurança (CVV)', 'Parcelas', 'CPF do titular']],
  ['en', ['Card number', 'Name on card', 'Expiration date (MM/YY)', 'Security code', 'Card nickname (optional)', 'Gift card number', 'PIN']],
  ['pl', ['Numer karty', 'Imię i nazwisko na karcie', 'Data ważności', 'Kod CVV']],
  ['tr', ['Kart numarası', 'Kart üzerindeki isim', 'Son kullanma tarihi', 'CVV']],
];
it('probe', () => {
  for (const [p, labels] of P) {
    page(`<form>${L(labels)}</form>`);
    const t = typesOf();
    console.log(p + ': ' + labels.map((l, i) => `${l} -> ${t[`f${i}`]}`).join(' | '));
  }
});
