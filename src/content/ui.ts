// The content script's interactive part, loaded on first use (the first focus on a field the
// wallet understood, the first fill or a fill from another frame asking for this one's fields, the
// page after a recorded purchase, or the background showing a save offer): the offer, the fields'
// description, the inline menu's host, the code that sets values, the submit watcher, and the save
// offer's frame. Pages where no one touches a form never load it; content.js stays small.
export { showMenu } from './menu/anchor';
export { fillFrame } from './fill/apply';
export { describeFrame, offerFor } from './fill/offer';
export { sendOrderNumber, watchSubmits } from './capture/submit-watch';
export { onMessage } from './ui-messages';
