// A tiny stand-in for React's controlled inputs (no React needed): the page keeps its own state and
// learns of a change only from an input event whose value differs from the last value written
// through the element's `value` property (React's value tracker). After every change it re-renders
// each field from state, so a value set without the native setter and an input event is lost.
const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
const state = {};
const inputs = [...document.querySelectorAll('input[data-controlled]')];
const tracked = new Map();

for (const input of inputs) {
  tracked.set(input, '');
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return native.get.call(this);
    },
    set(v) {
      tracked.set(this, String(v));
      native.set.call(this, v);
    },
  });
  input.addEventListener('input', () => {
    const now = native.get.call(input);
    if (now === tracked.get(input)) return; // the tracker saw this value: React would ignore the event
    tracked.set(input, now);
    state[input.name] = now;
    render();
  });
  input.addEventListener('blur', render);
}

function render() {
  for (const input of inputs) input.value = state[input.name] ?? '';
  document.getElementById('state').textContent = JSON.stringify(state);
}
