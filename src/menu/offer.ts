// The save/update offer (offer.html#token, an extension page the content script frames in the top
// page after a checkout was submitted): lists what is new or changed, masked, with a tick box each;
// Save stores only the ticked ones, Not now drops the offer, Never for this site excludes the site.
// A locked wallet is unlocked here first (the page cannot read this frame). Clicks go through the
// same guard as the inline menu's.
import { FIELD_KEYS, PROPOSAL_KEYS, type OfferChoice, type OfferView } from '../core/offer';
import { ClickGuard } from './click-guard';
import { call, el, errorLine, loadMessages, passwordForm, reportHeight, t } from './frame-kit';

const token = location.hash.slice(1);
const root = document.getElementById('offer')!;
const guard = new ClickGuard(root, document.body);

function show(...nodes: Node[]): void {
  root.replaceChildren(...nodes);
  guard.restart();
}

/** A button that acts only on a click the guard accepts. */
function button(text: string, act: () => Promise<unknown>, className = ''): HTMLButtonElement {
  const b = el('button', { type: 'button', className }, text);
  b.addEventListener('click', (e) => {
    if (guard.allows(e)) act().catch((err) => root.append(errorLine(err)));
  });
  return b;
}

const answer = (choice: OfferChoice, picks: string[] = []) => call({ type: 'offer.answer', token, choice, picks });

function answers(save?: HTMLButtonElement): HTMLElement {
  return el('p', { className: 'actions' }, ...(save ? [save] : []), button(t('offerNotNow'), () => answer('notNow'), 'secondary'), button(t('offerNever'), () => answer('never'), 'link'));
}

function render(view: OfferView): void {
  const heading = el('h1', {}, t('offerTitle', new URL(view.site).host));
  if (view.state !== 'unlocked') {
    const { form } = passwordForm(t('offerLocked'), t('menuUnlock'), async (password) => render(await call({ type: 'offer.unlock', token, password })));
    show(heading, form, answers());
    return;
  }
  if (!view.proposals.length) {
    show(heading, el('p', { className: 'note' }, t('offerNothingNew')));
    return; // the background has ended the offer and takes this frame away
  }
  const boxes = view.proposals.map(() => el('input', { type: 'checkbox', checked: true }));
  const list = el(
    'ul',
    { className: 'proposals' },
    ...view.proposals.map((p, i) =>
      el(
        'li',
        {},
        el(
          'label',
          {},
          boxes[i]!,
          `${t(PROPOSAL_KEYS[p.action][p.kind])}: `,
          el('strong', {}, p.label),
          p.changes.length ? el('span', { className: 'kind' }, ` (${p.changes.map((c) => t(FIELD_KEYS[c] ?? c)).join(', ')})`) : '',
        ),
      ),
    ),
  );
  const updatesOnly = view.proposals.every((p) => p.action === 'update');
  const save = button(t(updatesOnly ? 'offerUpdate' : 'offerSave'), () => answer('save', view.proposals.flatMap((p, i) => (boxes[i]!.checked ? [p.key] : []))));
  show(heading, list, answers(save));
}

reportHeight(root, (height) => call({ type: 'offer.resize', token, height }));
Promise.all([call({ type: 'offer.view', token }), loadMessages()])
  .then(([view]) => render(view))
  .catch((e) => show(errorLine(e)));
