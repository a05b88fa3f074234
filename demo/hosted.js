// Demo shop: embeds the payment provider's card fields from another origin (?frame=<origin>; by
// default localhost on the next port, as `npm start` serves it; with ?pay the pay button is in that
// frame), plus two frames that must never be filled: a hidden one and a sandboxed one.
const origin = new URLSearchParams(location.search).get('frame') ?? `http://localhost:${Number(location.port) + 1}`;
const box = document.getElementById('card-frames');
for (const [id, extra] of [['card-frame', {}], ['hidden-frame', {}], ['sandboxed-frame', { sandbox: 'allow-scripts allow-forms' }]]) {
  const frame = document.createElement('iframe');
  frame.id = id;
  frame.title = id;
  // ?pay: the provider's frame holds the pay button itself, as drop-in payment widgets do.
  frame.src = `${origin}/hosted-card.html?${id}${id === 'card-frame' && new URLSearchParams(location.search).has('pay') ? '&pay' : ''}`;
  for (const [k, v] of Object.entries(extra)) frame.setAttribute(k, v);
  box.append(frame);
}
