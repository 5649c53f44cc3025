/** Both languages, for the tests that compare them; the window loads only the one it shows (load-messages.ts). */
export { en } from './messages-en.ts';
export { fr } from './messages-fr.ts';
