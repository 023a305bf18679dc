// The participant page's pure logic: codes, the device token, answers, what this device answered.
import type { AnswerFields, Draft, Question } from './types';

// --- codes ---------------------------------------------------------------------------------------

/** The server's alphabet (backend/live/codes.py): no 0/O, 1/I/L. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
const JOIN_CODE = new RegExp(`^[${CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);
const EVALUATION_CODE = /^[A-Za-z0-9]{1,16}$/;

/** What a participant typed as a join code ("k7m 2qx" → "K7M2QX"), or null when it cannot be one. */
export function normaliseJoinCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  return JOIN_CODE.test(code) ? code : null;
}

export type Route =
  | { page: 'join' }
  | { page: 'room'; code: string | null; raw: string }
  | { page: 'evaluation'; code: string | null };

/** `/delta`, `/delta/{join_code}` and `/delta/utvardering/{evaluation_code}`; anything else joins. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts[0] !== 'delta' || parts.length === 1) return { page: 'join' };
  if (parts[1] === 'utvardering' && parts.length === 3) {
    return { page: 'evaluation', code: EVALUATION_CODE.test(parts[2]) ? parts[2] : null };
  }
  if (parts.length === 2) return { page: 'room', code: normaliseJoinCode(parts[1]), raw: parts[1] };
  return { page: 'room', code: null, raw: parts.slice(1).join('/') };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

// --- storage -------------------------------------------------------------------------------------

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function memoryStorage(): KeyValue {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

/** localStorage when the browser lets us use it (private modes may not), else memory. */
export function openStorage(): KeyValue {
  try {
    const storage = window.localStorage;
    const probe = 'jamlik.delta.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage();
  }
}

function read(storage: KeyValue, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: KeyValue, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Full or blocked: the page keeps working from memory for this visit.
  }
}

// --- the device token ----------------------------------------------------------------------------

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
export const TOKEN_LENGTH = 48;
export const DEVICE_TOKEN = /^[A-Za-z0-9_-]{32,128}$/;
const TOKEN_KEY = 'jamlik.delta.device';

type RandomFill = (bytes: Uint8Array) => Uint8Array;
const cryptoFill: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/** 48 characters of A–Z a–z 0–9 _ -, six random bits each (64 symbols: no modulo bias). */
export function generateDeviceToken(fill: RandomFill = cryptoFill): string {
  const bytes = fill(new Uint8Array(TOKEN_LENGTH));
  let token = '';
  for (const byte of bytes) token += TOKEN_ALPHABET[byte & 63];
  return token;
}

/** This device's token: made once, then kept (in memory only when storage is blocked). */
export function deviceToken(storage: KeyValue, fill: RandomFill = cryptoFill): string {
  const stored = read(storage, TOKEN_KEY);
  if (stored && DEVICE_TOKEN.test(stored)) return stored;
  const token = generateDeviceToken(fill);
  write(storage, TOKEN_KEY, token);
  return token;
}

// --- what this device answered -------------------------------------------------------------------

/** Ids of the live questions (`q:<id>`) and evaluations (`e:<code>`) this device has answered or
 * skipped, so that a reload thanks instead of asking again. Only the latest `limit` are kept. */
export class AnsweredMemory {
  private readonly ids: Set<string>;

  constructor(
    private readonly storage: KeyValue,
    private readonly key = 'jamlik.delta.answered',
    private readonly limit = 300,
  ) {
    this.ids = new Set(this.load());
  }

  private load(): string[] {
    try {
      const value: unknown = JSON.parse(read(this.storage, this.key) ?? '[]');
      return Array.isArray(value) ? value.filter((id) => typeof id === 'string') : [];
    } catch {
      return [];
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    this.ids.delete(id);
    this.ids.add(id);
    while (this.ids.size > this.limit) {
      const oldest = this.ids.values().next().value;
      if (oldest === undefined) break;
      this.ids.delete(oldest);
    }
    write(this.storage, this.key, JSON.stringify([...this.ids]));
  }
}

export const questionMemoryId = (questionId: number) => `q:${questionId}`;
export const evaluationMemoryId = (code: string) => `e:${code.toUpperCase()}`;

// --- answers -------------------------------------------------------------------------------------

export const WORD_CLOUD_MAX_CHARS = 40;
export const WORD_CLOUD_MAX_WORDS = 3;
export const OPEN_TEXT_MAX_CHARS = 1000;

export type Problem = 'chooseOne' | 'chooseSome' | 'emptyText' | 'tooManyWords' | 'tooLong';
export type Built = { fields: AnswerFields } | { problem: Problem };

export const emptyDraft = (): Draft => ({ selected: [], text: '' });

export function isEmptyDraft(draft: Draft): boolean {
  return draft.selected.length === 0 && draft.text.trim() === '';
}

/** The words the server counts (backend/live/answers.py normalise_word): punctuation is a gap. */
export function cloudWords(text: string): string[] {
  return text
    .replace(/[^\p{L}\p{N}_\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The fields of an answer to `question` from what its form holds, or what is wrong with it. */
export function buildAnswer(question: Question, draft: Draft): Built {
  const count = question.options.length;
  switch (question.kind) {
    case 'single_choice': {
      const choice = draft.selected[0];
      if (draft.selected.length !== 1 || !isIndex(choice, count)) return { problem: 'chooseOne' };
      return { fields: { skipped: false, choice } };
    }
    case 'multiple_choice': {
      const choices = [...new Set(draft.selected)].sort((a, b) => a - b);
      if (choices.length === 0 || !choices.every((c) => isIndex(c, count))) {
        return { problem: 'chooseSome' };
      }
      return { fields: { skipped: false, choices } };
    }
    case 'scale': {
      const value = draft.selected[0];
      if (draft.selected.length !== 1 || !Number.isInteger(value) || value < 1 || value > 5) {
        return { problem: 'chooseOne' };
      }
      return { fields: { skipped: false, value } };
    }
    case 'word_cloud': {
      const text = draft.text.trim().replace(/\s+/g, ' ');
      const words = cloudWords(text);
      if (words.length === 0) return { problem: 'emptyText' };
      if (text.length > WORD_CLOUD_MAX_CHARS) return { problem: 'tooLong' };
      if (words.length > WORD_CLOUD_MAX_WORDS) return { problem: 'tooManyWords' };
      return { fields: { skipped: false, text } };
    }
    case 'open_text': {
      const text = draft.text.trim();
      if (!text) return { problem: 'emptyText' };
      if (text.length > OPEN_TEXT_MAX_CHARS) return { problem: 'tooLong' };
      return { fields: { skipped: false, text } };
    }
  }
}

function isIndex(value: number | undefined, count: number): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 0 && value < count;
}

export const skippedAnswer = (): AnswerFields => ({ skipped: true });

/** An evaluation question: left empty is skipped; otherwise the answer, or what is wrong. */
export function buildEvaluationAnswer(question: Question, draft: Draft): Built {
  return isEmptyDraft(draft) ? { fields: skippedAnswer() } : buildAnswer(question, draft);
}
