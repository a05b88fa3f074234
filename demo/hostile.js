// A hostile page, for tests: with ?trap=cover it pushes a transparent layer over the wallet's menu
// as soon as the menu appears (to steal the click); with ?trap=fade it fades the whole page, menu
// included, to nearly invisible. The wallet must disable its menu in both cases.
const trap = new URLSearchParams(location.search).get('trap');
if (trap) {
  new MutationObserver((records) => {
    const added = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && n.hasAttribute('popover') && n.id !== 'trap'));
    if (!added) return;
    document.body.dataset.menuSeen = 'yes'; // for the test: the menu did appear
    setTimeout(() => {
      if (trap === 'cover') document.getElementById('trap').showPopover();
      if (trap === 'fade') document.documentElement.style.opacity = '0.02';
    }, 50);
  }).observe(document.documentElement, { childList: true });
}
