// Demo shop: the second step appears only after the first (a hidden step must not be filled early).
document.getElementById('next').addEventListener('click', () => {
  document.getElementById('step-shipping').hidden = true;
  document.getElementById('step-payment').hidden = false;
});
