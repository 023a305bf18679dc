import { describe, expect, it } from 'vitest';
import {
  applyReplacement,
  type Finding,
  type Mark,
  rebase,
  replacementOf,
  segments,
  toMarks,
} from './language-check';

/** A finding of `word` in `text` with the API's offsets: code points, not UTF-16 units. */
function finding(text: string, word: string, extra: Partial<Finding> = {}, from = 0): Finding {
  const at = text.indexOf(word, from);
  const start = Array.from(text.slice(0, at)).length;
  return {
    rule_id: 'sex.man-compound',
    ground: 'sex',
    severity: 'consider',
    start,
    end: start + Array.from(word).length,
    text: word,
    term: 'man',
    suggestions: ['brandperson'],
    advice: [],
    explanation: 'Förklaring',
    source: 'Språkrådet',
    ...extra,
  };
}

describe('toMarks', () => {
  it('turns code-point offsets into string indices after an emoji', () => {
    const text = '😀 Vi söker en brandman.';
    const f = finding(text, 'brandman');
    expect(f.start).toBe(14); // the emoji is one code point…
    const [mark] = toMarks(text, [f]);
    expect(mark?.start).toBe(15); // …and two UTF-16 units
    expect(text.slice(mark?.start, mark?.end)).toBe('brandman');
  });

  it('handles emoji sequences, combining marks and several findings', () => {
    const text = '👩🏽‍🚒 Brandmän och e\u0301n ordningsman 🇸🇪 brandman';
    const marks = toMarks(text, [
      finding(text, 'brandman'),
      finding(text, 'Brandmän'),
      finding(text, 'ordningsman'),
    ]);
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual([
      'Brandmän',
      'ordningsman',
      'brandman',
    ]);
  });

  it('leaves out a finding that is out of range or does not hold its text', () => {
    const text = 'En brandman';
    expect(toMarks(text, [{ ...finding(text, 'brandman'), start: 2, end: 10 }])).toEqual([]);
    expect(toMarks(text, [{ ...finding(text, 'brandman'), end: 99 }])).toEqual([]);
  });
});

describe('rebase', () => {
  const text = 'En brandman och en ordningsman.';
  const marks = toMarks(text, [finding(text, 'brandman'), finding(text, 'ordningsman')]);
  const words = (to: string, ms: Mark[]) => ms.map((m) => to.slice(m.start, m.end));

  it('shifts marks after an edit and keeps those before it', () => {
    const to = 'Ja, en brandman och en ordningsman.';
    expect(words(to, rebase(marks, text, to))).toEqual(['brandman', 'ordningsman']);
    const later = 'En brandman och en ordningsman. Mer text.';
    expect(words(later, rebase(marks, text, later))).toEqual(['brandman', 'ordningsman']);
  });

  it('drops a mark the edit touches or whose word it extends', () => {
    const inside = 'En brandkvinna och en ordningsman.';
    expect(words(inside, rebase(marks, text, inside))).toEqual(['ordningsman']);
    const extended = 'En brandmans och en ordningsman.';
    expect(words(extended, rebase(marks, text, extended))).toEqual(['ordningsman']);
    const joined = 'En brandman och en xordningsman.';
    expect(words(joined, rebase(marks, text, joined))).toEqual(['brandman']);
    expect(rebase(marks, text, '')).toEqual([]);
  });
});

describe('segments', () => {
  it('cuts the text at the marks, the strongest severity winning where they overlap', () => {
    const text = 'a bc d';
    const f = finding(text, 'b');
    const marks: Mark[] = [
      { start: 2, end: 4, finding: { ...f, severity: 'consider' } },
      { start: 3, end: 4, finding: { ...f, severity: 'avoid' } },
    ];
    expect(segments(text, marks)).toEqual([
      { text: 'a ', severity: null },
      { text: 'b', severity: 'consider' },
      { text: 'c', severity: 'avoid' },
      { text: ' d', severity: null },
    ]);
  });
});

describe('replacementOf', () => {
  const f = finding('Vi söker en brandman', 'brandman');

  it('takes a plain suggestion as it is, keeping a capital at the start', () => {
    expect(replacementOf(f, 'räddningsarbetare')).toBe('räddningsarbetare');
    const capital = finding('Handikappad personal', 'Handikappad', { term: 'handikappad' });
    expect(replacementOf(capital, 'med funktionsnedsättning')).toBe('Med funktionsnedsättning');
    const acronym = finding('RWC finns', 'RWC', { term: 'rwc' });
    expect(replacementOf(acronym, 'tillgänglig toalett')).toBe('tillgänglig toalett');
  });
});

describe('applyReplacement', () => {
  it('replaces exactly the span, and nothing when the text changed under it', () => {
    const text = '😀 brandman, brandman.';
    const [, second] = toMarks(text, [
      finding(text, 'brandman'),
      finding(text, 'brandman', {}, text.indexOf('brandman') + 1),
    ]);
    if (!second) throw new Error('no second mark');
    expect(applyReplacement(text, second, 'brandperson')).toEqual({
      value: '😀 brandman, brandperson.',
      caret: '😀 brandman, brandperson'.length,
    });
    expect(applyReplacement('😀 brandman, brandmän.', second, 'brandperson')).toBeNull();
  });
});
