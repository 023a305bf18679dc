import { describe, expect, it } from 'vitest';
import {
  AnsweredMemory,
  buildAnswer,
  buildEvaluationAnswer,
  DEVICE_TOKEN,
  deviceToken,
  generateDeviceToken,
  type KeyValue,
  memoryStorage,
  normaliseJoinCode,
  parseRoute,
  questionMemoryId,
  skippedAnswer,
} from './logic';
import type { Draft, Question, QuestionKind } from './types';

describe('normaliseJoinCode', () => {
  it('accepts lowercase, spaces and dashes', () => {
    expect(normaliseJoinCode('k7m 2qx')).toBe('K7M2QX');
    expect(normaliseJoinCode('  abc-def ')).toBe('ABCDEF');
    expect(normaliseJoinCode('AB\tCD EF')).toBe('ABCDEF');
  });

  it('refuses wrong lengths and the characters a code never has', () => {
    expect(normaliseJoinCode('')).toBeNull();
    expect(normaliseJoinCode('ABCDE')).toBeNull();
    expect(normaliseJoinCode('ABCDEFG')).toBeNull();
    for (const bad of ['ABCDE0', 'ABCDE1', 'ABCDEI', 'ABCDEO', 'ABCDEL', 'ABCDÅ2', 'ABC/D2']) {
      expect(normaliseJoinCode(bad)).toBeNull();
    }
  });
});

describe('parseRoute', () => {
  it('knows the three pages', () => {
    expect(parseRoute('/delta')).toEqual({ page: 'join' });
    expect(parseRoute('/delta/')).toEqual({ page: 'join' });
    expect(parseRoute('/participant.html')).toEqual({ page: 'join' });
    expect(parseRoute('/delta/k7m2qx')).toEqual({ page: 'room', code: 'K7M2QX', raw: 'k7m2qx' });
    expect(parseRoute('/delta/K7M%202QX')).toEqual({
      page: 'room',
      code: 'K7M2QX',
      raw: 'K7M 2QX',
    });
    expect(parseRoute('/delta/nope')).toEqual({ page: 'room', code: null, raw: 'nope' });
    expect(parseRoute('/delta/utvardering/ABCDEFGHJKMN')).toEqual({
      page: 'evaluation',
      code: 'ABCDEFGHJKMN',
    });
    expect(parseRoute('/delta/utvardering/%E0%A4%A')).toEqual({ page: 'evaluation', code: null });
  });
});

describe('device token', () => {
  it('is 48 url-safe characters the server accepts', () => {
    const token = generateDeviceToken();
    expect(token).toHaveLength(48);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token).toMatch(DEVICE_TOKEN);
    expect(generateDeviceToken()).not.toBe(token);
  });

  it('uses six bits of each random byte: all 64 symbols, no bias', () => {
    const fill = (bytes: Uint8Array) => bytes.map((_, i) => i + 64); // 64..111 → symbols 0..47
    expect(generateDeviceToken(fill)).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuv');
    const high = (bytes: Uint8Array) => bytes.map((_, i) => 255 - i); // → 63, 62, …
    expect(generateDeviceToken(high).slice(0, 3)).toBe('-_9');
  });

  it('is made once and kept', () => {
    const storage = memoryStorage();
    const first = deviceToken(storage);
    expect(deviceToken(storage)).toBe(first);
    expect(storage.getItem('jamlik.delta.device')).toBe(first);
  });

  it('replaces a stored value the server would refuse', () => {
    const storage = memoryStorage();
    storage.setItem('jamlik.delta.device', 'short');
    expect(deviceToken(storage)).toMatch(DEVICE_TOKEN);
  });

  it('still works when storage is blocked', () => {
    const blocked: KeyValue = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(deviceToken(blocked)).toMatch(DEVICE_TOKEN);
  });
});

describe('AnsweredMemory', () => {
  it('remembers across page loads', () => {
    const storage = memoryStorage();
    const memory = new AnsweredMemory(storage);
    expect(memory.has(questionMemoryId(7))).toBe(false);
    memory.add(questionMemoryId(7));
    expect(memory.has('q:7')).toBe(true);
    expect(new AnsweredMemory(storage).has('q:7')).toBe(true);
    expect(new AnsweredMemory(storage).has('q:8')).toBe(false);
  });

  it('keeps only the latest ids', () => {
    const storage = memoryStorage();
    const memory = new AnsweredMemory(storage, 'answered', 3);
    for (const id of ['a', 'b', 'c', 'a', 'd']) memory.add(id);
    const reloaded = new AnsweredMemory(storage, 'answered', 3);
    expect(['a', 'b', 'c', 'd'].map((id) => reloaded.has(id))).toEqual([true, false, true, true]);
  });

  it('survives broken or blocked storage', () => {
    const storage = memoryStorage();
    storage.setItem('jamlik.delta.answered', '{not json');
    expect(new AnsweredMemory(storage).has('q:1')).toBe(false);
    storage.setItem('jamlik.delta.answered', '{"q:1": true}');
    expect(new AnsweredMemory(storage).has('q:1')).toBe(false);
    const full: KeyValue = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const memory = new AnsweredMemory(full);
    memory.add('q:1');
    expect(memory.has('q:1')).toBe(true);
  });
});

const question = (kind: QuestionKind, options: string[] = []): Question => ({
  id: 1,
  kind,
  prompt: 'Fråga?',
  options,
});
const draft = (selected: number[] = [], text = ''): Draft => ({ selected, text });

describe('buildAnswer', () => {
  it('single choice: one index into the options', () => {
    const q = question('single_choice', ['Ja', 'Nej']);
    expect(buildAnswer(q, draft([1]))).toEqual({ fields: { skipped: false, choice: 1 } });
    expect(buildAnswer(q, draft([0]))).toEqual({ fields: { skipped: false, choice: 0 } });
    expect(buildAnswer(q, draft())).toEqual({ problem: 'chooseOne' });
    expect(buildAnswer(q, draft([2]))).toEqual({ problem: 'chooseOne' });
    expect(buildAnswer(q, draft([0, 1]))).toEqual({ problem: 'chooseOne' });
  });

  it('multiple choice: distinct sorted indexes, at least one', () => {
    const q = question('multiple_choice', ['A', 'B', 'C']);
    expect(buildAnswer(q, draft([2, 0, 2]))).toEqual({
      fields: { skipped: false, choices: [0, 2] },
    });
    expect(buildAnswer(q, draft())).toEqual({ problem: 'chooseSome' });
    expect(buildAnswer(q, draft([3]))).toEqual({ problem: 'chooseSome' });
  });

  it('scale: a value from 1 to 5', () => {
    const q = question('scale', ['Inte alls', 'Helt']);
    expect(buildAnswer(q, draft([5]))).toEqual({ fields: { skipped: false, value: 5 } });
    expect(buildAnswer(q, draft([1]))).toEqual({ fields: { skipped: false, value: 1 } });
    expect(buildAnswer(q, draft([0]))).toEqual({ problem: 'chooseOne' });
    expect(buildAnswer(q, draft([6]))).toEqual({ problem: 'chooseOne' });
    expect(buildAnswer(q, draft())).toEqual({ problem: 'chooseOne' });
  });

  it('word cloud: 1–3 words, at most 40 characters, spaces tidied', () => {
    const q = question('word_cloud');
    expect(buildAnswer(q, draft([], '  Trygghet  ')).valueOf()).toEqual({
      fields: { skipped: false, text: 'Trygghet' },
    });
    expect(buildAnswer(q, draft([], 'lika  villkor\tför')).valueOf()).toEqual({
      fields: { skipped: false, text: 'lika villkor för' },
    });
    expect(buildAnswer(q, draft([], 'a b c d'))).toEqual({ problem: 'tooManyWords' });
    // Punctuation separates words as the server counts them.
    expect(buildAnswer(q, draft([], 'a,b,c,d'))).toEqual({ problem: 'tooManyWords' });
    expect(buildAnswer(q, draft([], '   '))).toEqual({ problem: 'emptyText' });
    expect(buildAnswer(q, draft([], '!!!'))).toEqual({ problem: 'emptyText' });
    expect(buildAnswer(q, draft([], 'x'.repeat(41)))).toEqual({ problem: 'tooLong' });
  });

  it('open text: trimmed, not empty, at most 1000 characters', () => {
    const q = question('open_text');
    expect(buildAnswer(q, draft([], ' Rad ett\nrad två \n'))).toEqual({
      fields: { skipped: false, text: 'Rad ett\nrad två' },
    });
    expect(buildAnswer(q, draft([], '\n \n'))).toEqual({ problem: 'emptyText' });
    expect(buildAnswer(q, draft([], 'x'.repeat(1000)))).toHaveProperty('fields');
    expect(buildAnswer(q, draft([], 'x'.repeat(1001)))).toEqual({ problem: 'tooLong' });
  });

  it('a skip carries nothing else', () => {
    expect(skippedAnswer()).toEqual({ skipped: true });
  });

  it('an evaluation question left empty is skipped', () => {
    expect(buildEvaluationAnswer(question('scale'), draft())).toEqual({
      fields: { skipped: true },
    });
    expect(buildEvaluationAnswer(question('open_text'), draft([], '  '))).toEqual({
      fields: { skipped: true },
    });
    expect(buildEvaluationAnswer(question('scale'), draft([4]))).toEqual({
      fields: { skipped: false, value: 4 },
    });
    expect(buildEvaluationAnswer(question('word_cloud'), draft([], 'a b c d'))).toEqual({
      problem: 'tooManyWords',
    });
  });
});
