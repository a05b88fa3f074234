// Demo shop: the state list follows the country, as Magento's region updater does. Changing the
// country rebuilds the list (its values are the shop's own ids) and clears the choice; a country
// with no list gets the state box in its place.
const REGIONS = {
  CA: [['66', 'Alberta'], ['67', 'British Columbia'], ['74', 'Ontario'], ['76', 'Quebec']],
  US: [['12', 'California'], ['43', 'New York'], ['57', 'Texas']],
};
const form = document.getElementById('checkout');
const list = form.elements.region_id;
const box = form.elements.region;

function showRegions() {
  const regions = REGIONS[form.elements.country_id.value];
  list.replaceChildren(new Option('Please select a region, state or province.', ''), ...(regions ?? []).map(([id, name]) => new Option(name, id)));
  list.closest('label').style.display = regions ? '' : 'none';
  box.closest('label').style.display = regions ? 'none' : '';
  box.value = '';
}

// ?states-after=MS: the list comes MS after the country changes, as from a shop that fetches it
// (Shopware asks its server); until then it says it is loading.
const fetchDelay = Number(new URLSearchParams(location.search).get('states-after')) || 0;
form.elements.country_id.addEventListener('change', () => {
  if (!fetchDelay) return showRegions();
  list.replaceChildren(new Option('Loading…', ''));
  setTimeout(showRegions, fetchDelay);
});
showRegions();
