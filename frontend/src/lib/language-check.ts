import { queryOptions } from '@tanstack/react-query';
import type { components } from '@/client/schema';
import { client, unwrap } from './api';
import { LANGUAGE_CHECK_KEY } from './query-keys';

/** One finding of the inclusive-language checker, as the API sends it (offsets in code points). */
export type Finding = components['schemas']['LanguageFinding'];
export type Severity = Finding['severity'];
export type CheckLocale = components['schemas']['Locale'];

/** A finding placed in a JavaScript string: `start` and `end` are UTF-16 indices. */
export interface Mark {
  start: number;
  end: number;
  finding: Finding;
}

/** The findings of one text, placed in that text. */
export interface CheckedText {
  text: string;
  marks: Mark[];
}

/** Milliseconds after the last keystroke before a text is checked. */
export const CHECK_DELAY_MS = 600;

/** The API refuses more than 100 KB of UTF-8 (413); such a text is not sent. */
export const MAX_CHECK_BYTES = 100_000;
export const withinLimit = (text: string) =>
  text.length * 3 <= MAX_CHECK_BYTES || new TextEncoder().encode(text).length <= MAX_CHECK_BYTES;

/**
 * Places the API's findings in `text`. The API counts Unicode code points, JavaScript strings count
 * UTF-16 units: an emoji before a finding is one code point but two units. A finding whose span is
 * out of range or does not hold its `text` (it cannot be placed with certainty) is left out.
 */
export function toMarks(text: string, findings: readonly Finding[]): Mark[] {
  const unit = codePointUnits(text);
  const marks: Mark[] = [];
  for (const finding of findings) {
    const start = unit[finding.start];
    const end = unit[finding.end];
    if (start === undefined || end === undefined || start >= end) continue;
    if (text.slice(start, end) !== finding.text) continue;
    marks.push({ start, end, finding });
  }
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Where each code point of `text` starts in UTF-16 units: `unit[i]` for code point `i`, and
 * `unit[n]` (n code points) is `text.length`. Turns the API's code-point offsets into string indices.
 */
export function codePointUnits(text: string): number[] {
  const unit: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point of two units.
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    unit.push(i + 1);
  }
  return unit;
}

/**
 * The code-point offset of a string index (the inverse of `codePointUnits`), for sending a
 * stretch of text to the API: an index inside a surrogate pair counts as the pair's start.
 */
export function toCodePoint(text: string, index: number): number {
  let points = 0;
  let i = 0;
  const end = Math.max(0, Math.min(index, text.length));
  while (i < end) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const width = pair && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    if (i + width > end) break;
    i += width;
    points++;
  }
  return points;
}

const WORD = /[\p{L}\p{N}\p{M}-]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * Carries the marks of `from` over to `to` (the text as it is now, typed on since the check): marks
 * before and after the edited stretch stay, shifted; a mark the edit touches, or whose word the edit
 * extends, is dropped until the next check.
 */
export function rebase(marks: readonly Mark[], from: string, to: string): Mark[] {
  if (from === to) return [...marks];
  const shortest = Math.min(from.length, to.length);
  let prefix = 0;
  while (prefix < shortest && from[prefix] === to[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    from[from.length - 1 - suffix] === to[to.length - 1 - suffix]
  ) {
    suffix++;
  }
  const editEndFrom = from.length - suffix;
  const editEndTo = to.length - suffix;
  const delta = to.length - from.length;
  return marks.flatMap((mark) => {
    if (mark.end < prefix || (mark.end === prefix && !isWord(to[prefix]))) return [mark];
    if (mark.start > editEndFrom || (mark.start === editEndFrom && !isWord(to[editEndTo - 1]))) {
      return [{ ...mark, start: mark.start + delta, end: mark.end + delta }];
    }
    return [];
  });
}

/** A stretch of the text, underlined with the strongest severity of the marks covering it. */
export interface Segment {
  text: string;
  severity: Severity | null;
}

/** Cuts `text` at every mark's edges, so that overlapping marks underline without nesting. */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.min(m.start, text.length));
    cuts.add(Math.min(m.end, text.length));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i] as number;
    const to = sorted[i + 1] as number;
    if (from === to) continue;
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    const severity: Severity | null =
      covering.length === 0
        ? null
        : covering.some((m) => m.finding.severity === 'avoid')
          ? 'avoid'
          : 'consider';
    const last = out[out.length - 1];
    if (last && last.severity === null && severity === null) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), severity });
  }
  return out;
}

/**
 * The text a suggestion puts in place of the finding. The server sends as `suggestions` only
 * words that can stand in its place (what to do otherwise comes as `advice`); a capital at the
 * start of the flagged text (a sentence's first word) is kept.
 */
export function replacementOf(finding: Finding, suggestion: string): string {
  const s = suggestion.trim();
  const first = finding.text.charAt(0);
  const second = finding.text.charAt(1);
  const capitalised =
    first !== first.toLowerCase() && (second === '' || second === second.toLowerCase());
  if (capitalised && s.charAt(0) === s.charAt(0).toLowerCase()) {
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
  return s;
}

/**
 * Puts `replacement` in place of the mark's span in `value`. Null when the span no longer holds
 * the flagged text (the text changed under it): nothing is replaced then.
 */
export function applyReplacement(
  value: string,
  mark: Mark,
  replacement: string,
): { value: string; caret: number } | null {
  if (value.slice(mark.start, mark.end) !== mark.finding.text) return null;
  return {
    value: value.slice(0, mark.start) + replacement + value.slice(mark.end),
    caret: mark.start + replacement.length,
  };
}

/** The findings of `text`, placed in it. Cancelled (AbortSignal) when the text is no longer wanted. */
export const languageCheckQueryOptions = (text: string, locale: CheckLocale) =>
  queryOptions({
    queryKey: [...LANGUAGE_CHECK_KEY, locale, text],
    queryFn: async ({ signal }): Promise<CheckedText> => {
      const result = await unwrap(
        client.POST('/api/v1/language/check', { body: { text, locale }, signal }),
      );
      return { text, marks: toMarks(text, result.findings) };
    },
    // The rules do not change while the page is open; a text typed again is not asked again.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    retry: false,
  });
