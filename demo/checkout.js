// Demo shop: puts the chosen item's price in the total (the form posts it to the confirmation page).
const prices = { tote: 24, mug: 18.5, socks: 12 };
const item = new URLSearchParams(location.search).get('item');
if (item && prices[item] !== undefined) {
  const total = prices[item].toFixed(2);
  document.getElementById('order-total').textContent = '$' + total;
  document.querySelector('input[name=total]').value = total;
}
