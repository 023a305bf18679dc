// The participant page: enter a code, follow the room's question live, answer or skip, evaluate.
// This module picks the page for the address and starts everything.
import { openDevice, storedLanguage } from './device';
import { evaluationPage } from './evaluation';
import { setLang } from './i18n';
import { joinPage, notFoundPage } from './join-page';
import { parseRoute } from './logic';
import { roomPage } from './room-page';
import { mountShell, type Page, showPage } from './shell';

/** The page for the current address, drawn into `view`. */
function pageForAddress(view: HTMLElement): Page {
  const target = parseRoute(location.pathname);
  if (target.page === 'join') return joinPage(view);
  if (target.page === 'evaluation') return evaluationPage(view, target.code);
  if (!target.code) return notFoundPage(view);
  // The address shows the code as the server spells it ("k7m2qx" → K7M2QX).
  if (target.raw !== target.code) history.replaceState(null, '', `/delta/${target.code}`);
  return roomPage(view, target.code);
}

const route = () => showPage(pageForAddress);

/** Draws the page into #app and follows the address; returns what stops it (for tests). */
export function start(): () => void {
  openDevice();
  setLang(storedLanguage());
  const root = document.getElementById('app');
  if (!root) throw new Error('#app is missing');
  return mountShell(root, route);
}
