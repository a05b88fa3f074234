// Words for the capture, per language, as data (the logic is in submit-watch.ts and order-number.ts).

/** Text of a button that completes a purchase (a form's own submit buttons need no words). Not
 * "checkout" or "continue": those lead to the next step, not the payment. */
export const SUBMIT_WORDS =
  /\b(?:place (?:your )?order|pay(?: now)?|buy(?: now)?|purchase|complete (?:order|purchase)|confirm (?:order|purchase|and pay)|commander|payer|valider (?:la |ma )?commande|bezahlen|kaufen|bestellen|comprar|pagar|finalizar (?:pedido|compra)|acquista|paga(?: ora)?|conferma (?:ordine|acquisto)|afrekenen|betalen)\b|оплатить|заказать|下单|提交订单|支付|付款|购买|結帳|注文|購入|支払|결제|주문/i;

/** Labels printed before an order number on confirmation pages. Lower case; longest first wins. */
export const ORDER_NUMBER_LABELS = [
  'order number', 'order no.', 'order no', 'order #', 'order id', 'order reference', 'confirmation number', 'confirmation #',
  'numéro de commande', 'n° de commande', 'commande n°', 'commande #', 'référence de commande',
  'bestellnummer', 'auftragsnummer', 'bestell-nr.', 'bestellnr.',
  'número de pedido', 'nº de pedido', 'número do pedido', 'numero d\'ordine', 'numero ordine', 'ordine n.',
  'ordernummer', 'bestelnummer', 'номер заказа', 'numer zamówienia',
  '订单号', '订单编号', '訂單號', '訂單編號', '注文番号', 'ご注文番号', '주문번호',
];
