import { codePointUnits, toCodePoint } from '@/lib/language-check';
import type { Block, DocumentFinding, PassageComment } from '../api/types';

/**
 * The review's text as the screen draws it. The server's offsets (blocks, findings, comments) are
 * code points; here everything is placed in UTF-16 units of the JavaScript string (an emoji is one
 * code point and two units), and a selection is turned back into code points for the server.
 */

export interface Span {
  start: number;
  end: number;
}

/** A stretch of a block with the findings and comments that cover all of it (ids). */
export interface Piece extends Span {
  text: string;
  findings: number[];
  comments: number[];
}

export interface BlockView extends Span {
  kind: string;
  pieces: Piece[];
}

/** Consecutive list items are one list; every other block stands alone. */
export type BlockGroup = { kind: 'list'; items: BlockView[] } | { kind: 'block'; block: BlockView };

/**
 * Places code-point spans in `text`; a span out of range, or not holding `expected(item)` (the
 * flagged words, the comment's quote), is left out: it cannot be drawn with certainty.
 */
export function place<T extends Span & { id: number }>(
  text: string,
  items: readonly T[],
  expected: (item: T) => string,
  units: number[] = codePointUnits(text),
): Map<number, Span> {
  const out = new Map<number, Span>();
  for (const item of items) {
    const start = units[item.start];
    const end = units[item.end];
    if (start === undefined || end === undefined || start >= end) continue;
    if (text.slice(start, end) !== expected(item)) continue;
    out.set(item.id, { start, end });
  }
  return out;
}

/** The blocks cut at every edge of a finding or comment inside them. */
export function layout(
  text: string,
  blocks: readonly Block[],
  findings: readonly DocumentFinding[],
  comments: readonly PassageComment[],
): { blocks: BlockView[]; findingSpans: Map<number, Span>; commentSpans: Map<number, Span> } {
  const units = codePointUnits(text);
  const findingSpans = place(text, findings, (f) => f.text, units);
  const commentSpans = place(text, comments, (c) => c.quote, units);
  const source: { kind: string; start: number; end: number }[] = blocks.length
    ? blocks.flatMap((b) => {
        const start = units[b.start];
        const end = units[b.end];
        return start === undefined || end === undefined || start >= end
          ? []
          : [{ kind: b.kind, start, end }];
      })
    : [{ kind: 'paragraph', start: 0, end: text.length }];
  // Each span goes to the blocks it overlaps (found by binary search), so that a long document
  // with many findings is cut in time proportional to its pieces, not blocks × findings.
  const local = source.map(() => ({
    findings: [] as [number, Span][],
    comments: [] as [number, Span][],
  }));
  const firstBlockEndingAfter = (at: number) => {
    let lo = 0;
    let hi = source.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((source[mid] as Span).end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const [which, spans] of [
    ['findings', findingSpans],
    ['comments', commentSpans],
  ] as const) {
    for (const entry of spans) {
      const [, s] = entry;
      for (let i = firstBlockEndingAfter(s.start); i < source.length; i++) {
        const block = source[i] as Span;
        if (block.start >= s.end) break;
        local[i]?.[which].push(entry);
      }
    }
  }
  const views = source.map((block, index) => {
    const { findings: fs, comments: cs } = local[index] ?? { findings: [], comments: [] };
    const cuts = new Set([block.start, block.end]);
    for (const [, s] of [...fs, ...cs]) {
      cuts.add(Math.max(s.start, block.start));
      cuts.add(Math.min(s.end, block.end));
    }
    const edges = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i < edges.length - 1; i++) {
      const start = edges[i] as number;
      const end = edges[i + 1] as number;
      const covering = (spans: [number, Span][]) =>
        spans.filter(([, s]) => s.start <= start && s.end >= end).map(([id]) => id);
      pieces.push({
        start,
        end,
        text: text.slice(start, end),
        findings: covering(fs),
        comments: covering(cs),
      });
    }
    return { ...block, pieces };
  });
  return { blocks: views, findingSpans, commentSpans };
}

export function groupBlocks(blocks: readonly BlockView[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind === 'list_item') {
      if (last?.kind === 'list') last.items.push(block);
      else groups.push({ kind: 'list', items: [block] });
    } else groups.push({ kind: 'block', block });
  }
  return groups;
}

/**
 * Where a DOM point (a selection's end) lies in the text: pieces carry their UTF-16 start in
 * `data-start`. A point inside a piece's text counts from there; a point between elements (a
 * whole paragraph selected by a triple click) is the start of the next piece, or the end of the
 * last one before it.
 */
export function indexAt(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (piece && root.contains(piece)) return Number(piece.dataset.start) + offset;
  }
  const pieces = [...root.querySelectorAll<HTMLElement>('[data-start]')];
  const point = document.createRange();
  point.setStart(node, offset);
  let before: HTMLElement | null = null;
  for (const piece of pieces) {
    // 1: the piece starts after the point.
    if (point.comparePoint(piece, 0) === 1) return Number(piece.dataset.start);
    before = piece;
  }
  return before ? Number(before.dataset.end) : null;
}

/**
 * The selected stretch of the text pane in code points, for the server, without the white space
 * at its ends; null when nothing (or nothing but white space) of the text is selected.
 */
export function selectedSpan(
  root: HTMLElement,
  selection: Selection | null,
  text: string,
): { start: number; end: number; quote: string } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = indexAt(root, range.startContainer, range.startOffset);
  let end = indexAt(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (start > end) [start, end] = [end, start];
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  if (start >= end) return null;
  return {
    start: toCodePoint(text, start),
    end: toCodePoint(text, end),
    quote: text.slice(start, end),
  };
}

/** The findings in reading order. */
export function inTextOrder<T extends Span & { id: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
}
