// Demo shop: a billing address form in a same-origin srcdoc frame and the card fields in an open
// shadow root (<card-fields>), neither with autocomplete tokens: the wallet knows them by their
// labels and the text next to them. Used by e2e/firefox/frames-detect.test.mjs.
document.getElementById('address-frame').srcdoc = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="shop.css"><style>body { background: #fff; } label[for] { display: block; margin-bottom: 0; }</style></head>
<body><form id="address" action="confirmation.html" method="get"><fieldset>
  <legend>Billing address</legend>
  <label><span>Full name</span> <input name="name"></label>
  <label for="street"><b>Street</b> address</label> <input id="street" name="street">
  <div class="row">
    <label><span>City</span> <em>(or town)</em> <input name="town"></label>
    <div><span>Postal code</span> <input name="pc"></div>
  </div>
  <label><span>Email</span> <input type="email" name="mail"></label>
</fieldset></form></body></html>`;

class CardFields extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `<link rel="stylesheet" href="shop.css">
      <form id="card"><fieldset><legend>Payment</legend>
        <label><span>Name on card</span> <input name="holder"></label>
        <label><span>Card number</span> <input name="pan" inputmode="numeric"></label>
        <div class="row">
          <label><span>Expiry date</span> <small>(MM/YY)</small> <input name="exp"></label>
          <label><span>Security code</span> <input name="code" inputmode="numeric"></label>
        </div>
      </fieldset><button type="submit">Place order</button></form>`;
  }
}
customElements.define('card-fields', CardFields);
addEventListener('load', () => document.getElementById('payment').append(document.createElement('card-fields')));
