// What this device keeps between visits (its token, what it answered, the chosen language) and,
// for this visit only, what the forms hold.
import type { Lang } from './i18n';
import { AnsweredMemory, deviceToken, emptyDraft, type KeyValue, openStorage } from './logic';
import type { Draft } from './types';

const LANG_KEY = 'jamlik.delta.lang';

let storage: KeyValue;
let answered: AnsweredMemory;
let token: string;
/** What the forms hold, by question, so a redraw (language, reconnect) loses nothing typed. */
const drafts = new Map<string, Draft>();

/** Opens this device's storage; start() does it before anything reads the functions below. */
export function openDevice(): void {
  storage = openStorage();
  answered = new AnsweredMemory(storage);
  token = deviceToken(storage);
}

/** The token every answer and evaluation of this device carries. */
export const answerToken = (): string => token;

/** Whether this device answered or skipped `id` (`questionMemoryId`, `evaluationMemoryId`). */
export const hasAnswered = (id: string): boolean => answered.has(id);

export const rememberAnswered = (id: string): void => answered.add(id);

/** The language chosen on this device before; Swedish unless it was English. */
export function storedLanguage(): Lang {
  try {
    return storage.getItem(LANG_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    storage.setItem(LANG_KEY, lang);
  } catch {
    // Kept for this visit only.
  }
}

/** The draft of form field `key`, made empty the first time. */
export function draftFor(key: string): Draft {
  let draft = drafts.get(key);
  if (!draft) {
    draft = emptyDraft();
    drafts.set(key, draft);
  }
  return draft;
}

/** Forget a draft once its answer is recorded. */
export const forgetDraft = (key: string): void => void drafts.delete(key);
