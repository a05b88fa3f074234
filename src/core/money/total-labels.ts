// Words shops print beside order totals, per language, as data (find-total.ts holds the logic).
// Latin and Cyrillic entries match at the start of a word ("versand" matches "Versandkosten");
// CJK and Hangul entries match anywhere. Lower case.

/** The amount to pay: always a grand total. */
export const GRAND_TOTAL = [
  'grand total', 'order total', 'total due', 'amount due', 'total to pay', 'total payable', 'amount to pay', 'estimated total',
  'montant total', 'total ttc', 'total à payer', 'net à payer', 'montant à payer',
  'gesamtsumme', 'gesamtbetrag', 'endbetrag', 'zu zahlen', 'rechnungsbetrag',
  'totale ordine', 'totale da pagare', 'importo totale',
  'importe total', 'total a pagar', 'total del pedido', 'valor total', 'total do pedido',
  'totaalbedrag', 'te betalen',
  'итого', 'к оплате', 'do zapłaty', 'att betala', 'at betale', 'å betale', 'maksettava', 'k úhradě', 'fizetendő', 'genel toplam',
  '合计', '合計', '总计', '總計', '总额', '總額', '实付', '實付', '应付', '應付', 'お支払い金額', 'ご請求額', '총액', '합계', '결제 금액', '결제금액',
];

/** A total, unless it also names a part of the order (see ORDER_PARTS). */
export const TOTAL = [
  'total', 'summe', 'gesamt', 'totale', 'totaal', 'totalt', 'i alt', 'yhteensä', 'celkem', 'összesen', 'toplam',
  'razem', 'suma', 'всего', 'montant',
];

/** Never the grand total. */
export const SUBTOTAL = [
  'subtotal', 'sub-total', 'sub total', 'sous-total', 'sous total', 'zwischensumme', 'teilsumme', 'subtotale', 'subtotaal',
  'промежуточный', 'suma częściowa', 'delsumma', 'mellemsum', 'välisumma', 'mezisoučet', 'részösszeg', 'ara toplam',
  '小计', '小計', '商品合计', '商品合計', '商品总额', '소계', '상품 합계', '상품금액',
];

/** A part of the order: a "total" naming one of these is not the amount to pay... */
export const ORDER_PARTS = [
  'shipping', 'delivery', 'postage', 'handling', 'tax', 'vat', 'gst', 'hst', 'discount', 'saving', 'you save', 'coupon',
  'qty', 'quantity', 'tip', 'fee', 'deposit',
  'livraison', 'frais de port', 'tva', 'remise', 'réduction',
  'versand', 'lieferung', 'mwst', 'ust', 'rabatt',
  'spedizione', 'iva', 'sconto',
  'envío', 'envio', 'impuesto', 'descuento', 'frete', 'desconto',
  'verzending', 'btw', 'korting',
  'доставка', 'ндс', 'скидка', 'wysyłka', 'dostawa', 'rabat', 'frakt', 'moms', 'levering', 'toimitus', 'alv', 'doprava', 'dph',
  'sleva', 'szállítás', 'áfa', 'kedvezmény', 'kargo', 'kdv', 'indirim',
  '运费', '運費', '税', '折扣', '优惠', '送料', '割引', '배송비', '세금', '할인',
];

/** ...unless it says the part is included ("Total incl. VAT"). */
export const INCLUSIVE = [
  'incl', 'inkl', 'inclusive', 'tax included', 'ttc', 'iva incluida', 'iva inclusa', 'ivato', 'com iva', 'brutto', 'z vat', 'med moms',
  'с ндс', '含税', '含稅', '税込', '부가세 포함',
];
