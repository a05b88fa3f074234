// The content script's interactive part, loaded on first use (the first focus on a field the
// wallet understood, the first fill, the page after a recorded purchase, or the background showing a
// save offer): the offer, the inline menu's host, the code that sets values, the submit watcher, and
// the save offer's frame. Pages where no one touches a form
// never load it; content.js stays small.
export { showMenu } from './menu/anchor';
export { fillFrame } from './fill/apply';
export { offerFor } from './fill/offer';
export { sendOrderNumber, watchSubmits } from './capture/submit-watch';
export { onMessage } from './ui-messages';
