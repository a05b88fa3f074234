// The content script's interactive part, loaded on first use (the first focus on a field the
// wallet understood, or the first fill): the offer, the inline menu's host and the code that sets values.
// Pages where no one touches a form never load it; content.js stays small.
export { showMenu } from './menu/anchor';
export { fillFrame } from './fill/apply';
export { offerFor } from './fill/offer';
