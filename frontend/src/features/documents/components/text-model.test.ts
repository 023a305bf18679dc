import { describe, expect, it } from 'vitest';
import { codePointUnits, toCodePoint } from '@/lib/language-check';
import { BLOCKS, commentOf, FINDINGS, findingOf, TEXT } from './test-data';
import { groupBlocks, layout, selectedSpan } from './text-model';

describe('code points and string indices', () => {
  it('round-trips across emoji, flags and combining marks', () => {
    const text = 'a👋b🇸🇪c e\u0301';
    const units = codePointUnits(text);
    expect(units).toEqual([0, 1, 3, 4, 6, 8, 9, 10, 11, 12]);
    units.forEach((unit, point) => {
      expect(toCodePoint(text, unit)).toBe(point);
    });
    // Inside a surrogate pair: the pair's start.
    expect(toCodePoint(text, 2)).toBe(1);
  });
});

describe('layout', () => {
  it('places findings after emoji exactly on their words, cut by block', () => {
    const view = layout(TEXT, BLOCKS, FINDINGS, [commentOf(21, 'till stationen', 'Vilken?')]);
    expect(view.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'list_item',
      'list_item',
      'paragraph',
    ]);
    // The API's offsets are code points: one emoji (👋) before "brandman", two (🚒) after it,
    // each two UTF-16 units.
    const shifts = [1, 2, 2];
    FINDINGS.forEach((f, i) => {
      const span = view.findingSpans.get(f.id);
      expect(span && TEXT.slice(span.start, span.end)).toBe(f.text);
      expect(span?.start).toBe(f.start + (shifts[i] ?? 0));
    });
    const marked = view.blocks.flatMap((b) =>
      b.pieces.filter((p) => p.findings.length || p.comments.length).map((p) => p.text),
    );
    expect(marked).toEqual([
      'brandman',
      'till stationen',
      'ung och dynamisk',
      'Handikapptoaletten',
    ]);
    // Every piece knows where it lies in the text.
    for (const b of view.blocks) {
      for (const p of b.pieces) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('leaves out a finding whose span does not hold its words', () => {
    const wrong = { ...findingOf(99, 'brandman'), start: 0, end: 8 };
    expect(layout(TEXT, BLOCKS, [wrong], []).findingSpans.size).toBe(0);
  });

  it('draws a text without blocks as one paragraph, and groups list items', () => {
    const view = layout(
      'Hej 👋 brandman',
      [],
      [findingOf(1, 'brandman', {}, 'Hej 👋 brandman')],
      [],
    );
    expect(view.blocks).toHaveLength(1);
    expect(view.blocks[0]?.pieces.map((p) => p.text)).toEqual(['Hej 👋 ', 'brandman']);
    const groups = groupBlocks(layout(TEXT, BLOCKS, [], []).blocks);
    expect(groups.map((g) => g.kind)).toEqual(['block', 'block', 'list', 'block']);
  });
});

describe('selectedSpan', () => {
  function pane(text: string, pieces: [number, number][]) {
    const root = document.createElement('div');
    for (const [start, end] of pieces) {
      const p = document.createElement('p');
      const span = document.createElement('span');
      span.dataset.start = String(start);
      span.dataset.end = String(end);
      span.textContent = text.slice(start, end);
      p.append(span);
      root.append(p);
    }
    document.body.append(root);
    return root;
  }

  it('gives code points after an emoji, without the white space at the ends', () => {
    const text = 'Hej 👋\n\nVi söker en brandman.';
    const root = pane(text, [
      [0, 6],
      [8, text.length],
    ]);
    const node = root.querySelectorAll('span')[1]?.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 2); // " söker"
    range.setEnd(node, 9);
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    const span = selectedSpan(root, selection, text);
    expect(span?.quote).toBe('söker');
    // "Hej 👋\n\nVi " is 10 code points (11 UTF-16 units).
    expect(span).toMatchObject({ start: 10, end: 15 });
    expect(Array.from(text).slice(10, 15).join('')).toBe('söker');
    root.remove();
  });

  it('places a selection that ends between blocks at the next piece', () => {
    const text = 'Ett\n\nTvå';
    const root = pane(text, [
      [0, 3],
      [5, 8],
    ]);
    const range = document.createRange();
    range.setStart(root.querySelectorAll('span')[0]?.firstChild as Text, 0);
    range.setEnd(root, 1); // after the first paragraph
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectedSpan(root, selection, text)).toEqual({ start: 0, end: 3, quote: 'Ett' });
    root.remove();
  });
});
