// The content script's interactive part, loaded on first use (the first focus on a field the
// wallet understood, the first fill, or the page after a recorded purchase): the offer, the inline
// menu's host, the code that sets values, and the submit watcher. Pages where no one touches a form
// never load it; content.js stays small.
export { showMenu } from './menu/anchor';
export { fillFrame } from './fill/apply';
export { offerFor } from './fill/offer';
export { sendOrderNumber, watchSubmits } from './capture/submit-watch';
