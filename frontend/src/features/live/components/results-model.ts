import type { LabelCount } from '@/lib/distribution';
import type { LiveQuestion, QuestionKind } from '../api/types';

/** What a question's results look like on the projector and the control page. */
export type ResultsView =
  | { kind: 'hidden' }
  | { kind: 'withheld'; answers: number; min: number }
  | { kind: 'distribution'; rows: LabelCount[]; mean: number | null }
  | { kind: 'words'; words: SizedWord[] }
  | {
      kind: 'texts';
      visible: { id: string; text: string }[];
      hidden: { id: string; text: string }[];
    };

export interface SizedWord {
  word: string;
  count: number;
  /** Font size in em: 1 for the rarest word, up to 3 for the most frequent. */
  size: number;
}

/**
 * The view of a question's results. Nothing is shown while the trainer hides the results, and
 * nothing but the count while the server withholds them (below `min_answers`); free texts keep the
 * server's order (random, stable), hidden ones apart.
 */
export function resultsView(
  question: Pick<LiveQuestion, 'kind' | 'options' | 'show_results' | 'answer_count' | 'results'>,
  minAnswers: number,
): ResultsView {
  if (!question.show_results) return { kind: 'hidden' };
  const results = question.results;
  if (!results) return { kind: 'withheld', answers: question.answer_count, min: minAnswers };
  switch (question.kind) {
    case 'single_choice':
    case 'multiple_choice':
      return { kind: 'distribution', rows: results.distribution, mean: null };
    case 'scale':
      return {
        kind: 'distribution',
        rows: scaleRows(results.distribution, question.options),
        mean: results.mean ?? null,
      };
    case 'word_cloud':
      return { kind: 'words', words: sizedWords(results.words) };
    case 'open_text':
      return {
        kind: 'texts',
        visible: results.texts.filter((x) => !x.hidden).map(({ id, text }) => ({ id, text })),
        hidden: results.texts.filter((x) => x.hidden).map(({ id, text }) => ({ id, text })),
      };
  }
}

/** A scale's steps 1–5, the ends with their labels when the question has them ("1 – Inte alls"). */
export function scaleRows(rows: readonly LabelCount[], endLabels: readonly string[]): LabelCount[] {
  const [low, high] = endLabels;
  return rows.map((r, i) => {
    const end = i === 0 ? low : i === rows.length - 1 ? high : undefined;
    return end ? { label: `${r.label} – ${end}`, count: r.count } : { ...r };
  });
}

/** Word-cloud sizes by count: linear between the rarest (1 em) and the most frequent (3 em). */
export function sizedWords(words: readonly { word: string; count: number }[]): SizedWord[] {
  if (words.length === 0) return [];
  const counts = words.map((w) => w.count);
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  return words.map((w) => ({
    ...w,
    size: max === min ? 2 : Math.round((1 + (2 * (w.count - min)) / (max - min)) * 100) / 100,
  }));
}

/** Choices: one option a line, blank lines dropped. */
export function parseOptionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * What the API accepts as a kind's options (docs/api.md): choices 2–10 different options, a scale
 * its two end labels or none, the rest none. Returns the translation key of the problem, or null.
 */
export function optionsProblem(kind: QuestionKind, options: readonly string[]): string | null {
  if (kind === 'single_choice' || kind === 'multiple_choice') {
    if (options.length < 2) return 'live.form.optionsTooFew';
    if (options.length > 10) return 'live.form.optionsTooMany';
    if (new Set(options).size !== options.length) return 'live.form.optionsDuplicate';
    return null;
  }
  if (kind === 'scale') {
    const ok = options.length === 0 || (options.length === 2 && options.every(Boolean));
    return ok ? null : 'live.form.scaleLabelsBoth';
  }
  return options.length === 0 ? null : 'live.form.noOptions';
}

/** The options a form sends for a kind: the lines for choices, both end labels (or none) for a scale. */
export function formOptions(
  kind: QuestionKind,
  lines: string,
  scaleLow: string,
  scaleHigh: string,
): string[] {
  if (kind === 'single_choice' || kind === 'multiple_choice') return parseOptionLines(lines);
  if (kind === 'scale') {
    const low = scaleLow.trim();
    const high = scaleHigh.trim();
    return low || high ? [low, high] : [];
  }
  return [];
}

export const hasOptionLines = (kind: QuestionKind) =>
  kind === 'single_choice' || kind === 'multiple_choice';

/** A question nobody has answered (or skipped) yet can still be changed or removed. */
export const isUnanswered = (q: Pick<LiveQuestion, 'answer_count' | 'skip_count'>) =>
  q.answer_count + q.skip_count === 0;

/** The start of an answer, to name its button. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
