import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import type { ExerciseCandidate } from '../api/types';
import { question } from '../test/fixtures';
import { bankGroups } from './bank-model';
import { minAnswersOf } from './live-errors';
import {
  excerpt,
  formOptions,
  isUnanswered,
  optionsProblem,
  parseOptionLines,
  resultsView,
  scaleRows,
  sizedWords,
} from './results-model';
import { anyAvailable, candidateChoices } from './workshop-model';

const results = { distribution: [], mean: null, words: [], texts: [] };

describe('resultsView', () => {
  it('shows nothing while the trainer hides the results, even past the threshold', () => {
    const q = question({ show_results: false, answer_count: 9, results });
    expect(resultsView(q, 5)).toEqual({ kind: 'hidden' });
  });

  it('shows only the count while the server withholds the results', () => {
    expect(resultsView(question({ answer_count: 4 }), 5)).toEqual({
      kind: 'withheld',
      answers: 4,
      min: 5,
    });
  });

  it('draws a scale 1–5 with its mean and its end labels', () => {
    const distribution = ['1', '2', '3', '4', '5'].map((label, i) => ({ label, count: i }));
    const q = question({
      answer_count: 10,
      options: ['Inte alls', 'Helt'],
      results: { ...results, distribution, mean: 3.5 },
    });
    expect(resultsView(q, 5)).toEqual({
      kind: 'distribution',
      mean: 3.5,
      rows: [
        { label: '1 – Inte alls', count: 0 },
        { label: '2', count: 1 },
        { label: '3', count: 2 },
        { label: '4', count: 3 },
        { label: '5 – Helt', count: 4 },
      ],
    });
  });

  it('draws choices as they come, without a mean', () => {
    const distribution = [
      { label: 'Ja', count: 3 },
      { label: 'Nej', count: 2 },
    ];
    const q = question({
      kind: 'single_choice',
      answer_count: 5,
      results: { ...results, distribution },
    });
    expect(resultsView(q, 5)).toEqual({ kind: 'distribution', rows: distribution, mean: null });
  });

  it('keeps the server’s order of free texts and sets the hidden ones apart', () => {
    const texts = [
      { id: 'c', text: 'Tre', hidden: false },
      { id: 'a', text: 'Ett', hidden: true },
      { id: 'b', text: 'Två', hidden: false },
    ];
    const q = question({ kind: 'open_text', answer_count: 5, results: { ...results, texts } });
    expect(resultsView(q, 5)).toEqual({
      kind: 'texts',
      visible: [
        { id: 'c', text: 'Tre' },
        { id: 'b', text: 'Två' },
      ],
      hidden: [{ id: 'a', text: 'Ett' }],
    });
  });

  it('sizes the words of a word cloud', () => {
    const words = [
      { word: 'trygghet', count: 5 },
      { word: 'respekt', count: 3 },
      { word: 'lika', count: 1 },
    ];
    const q = question({ kind: 'word_cloud', answer_count: 9, results: { ...results, words } });
    expect(resultsView(q, 5)).toEqual({
      kind: 'words',
      words: [
        { word: 'trygghet', count: 5, size: 3 },
        { word: 'respekt', count: 3, size: 2 },
        { word: 'lika', count: 1, size: 1 },
      ],
    });
  });
});

describe('helpers', () => {
  it('sizes equally frequent words alike', () => {
    expect(
      sizedWords([
        { word: 'a', count: 2 },
        { word: 'b', count: 2 },
      ]).map((w) => w.size),
    ).toEqual([2, 2]);
    expect(sizedWords([])).toEqual([]);
  });

  it('labels only the ends of a scale, and only when it has labels', () => {
    const rows = [1, 2, 3, 4, 5].map((n) => ({ label: String(n), count: n }));
    expect(scaleRows(rows, []).map((r) => r.label)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('reads options one a line', () => {
    expect(parseOptionLines(' Ja \n\nNej\r\n  Vet inte  \n')).toEqual(['Ja', 'Nej', 'Vet inte']);
  });

  it('sends what the kind takes', () => {
    expect(formOptions('single_choice', 'A\nB', 'x', 'y')).toEqual(['A', 'B']);
    expect(formOptions('scale', 'A\nB', ' Inte alls ', 'Helt')).toEqual(['Inte alls', 'Helt']);
    expect(formOptions('scale', '', '', '')).toEqual([]);
    expect(formOptions('scale', '', 'Inte alls', '')).toEqual(['Inte alls', '']);
    expect(formOptions('open_text', 'A', 'x', 'y')).toEqual([]);
  });

  it('checks options as the API does', () => {
    expect(optionsProblem('single_choice', ['A'])).toBe('live.form.optionsTooFew');
    expect(optionsProblem('multiple_choice', ['A', 'B'])).toBeNull();
    expect(optionsProblem('multiple_choice', ['A', 'A'])).toBe('live.form.optionsDuplicate');
    expect(optionsProblem('single_choice', 'ABCDEFGHIJK'.split(''))).toBe(
      'live.form.optionsTooMany',
    );
    expect(optionsProblem('scale', [])).toBeNull();
    expect(optionsProblem('scale', ['Låg', 'Hög'])).toBeNull();
    expect(optionsProblem('scale', ['Låg', ''])).toBe('live.form.scaleLabelsBoth');
    expect(optionsProblem('word_cloud', [])).toBeNull();
    expect(optionsProblem('open_text', ['A'])).toBe('live.form.noOptions');
  });

  it('lets a question change until someone answers or skips it', () => {
    expect(isUnanswered({ answer_count: 0, skip_count: 0 })).toBe(true);
    expect(isUnanswered({ answer_count: 0, skip_count: 1 })).toBe(false);
  });

  it('names an answer by its start', () => {
    expect(excerpt('  kort\nsvar ')).toBe('kort svar');
    expect(excerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('candidateChoices', () => {
  const candidate = (id: number, over: Partial<ExerciseCandidate> = {}): ExerciseCandidate => ({
    question_id: id,
    prompt: `Q${id}`,
    kind: 'scale',
    moment: 2,
    date: '2026-03-02',
    answer_count: 6,
    min_answers: 5,
    attachable: true,
    attached: false,
    ...over,
  });

  it('keeps the server order and gives each unavailable exercise its reason', () => {
    const choices = candidateChoices([
      candidate(12),
      candidate(13, { answer_count: 2, attachable: false }),
      candidate(21, { attached: true }),
      // Attached wins over too few: it is on the workshop whatever its count.
      candidate(22, { attached: true, attachable: false, answer_count: 0 }),
    ]);
    expect(choices.map((c) => [c.candidate.question_id, c.unavailable])).toEqual([
      [12, null],
      [13, { reason: 'tooFew', answers: 2, min: 5 }],
      [21, { reason: 'attached' }],
      [22, { reason: 'attached' }],
    ]);
    expect(anyAvailable(choices)).toBe(true);
  });

  it('knows when nothing can be attached', () => {
    const none = candidateChoices([candidate(21, { attached: true })]);
    expect(anyAvailable(none)).toBe(false);
    expect(anyAvailable(candidateChoices([]))).toBe(false);
  });
});

describe('minAnswersOf', () => {
  it('reads k from a 409 too_few_answers, and nothing else', () => {
    const detail = { message: 'Results are withheld', min_answers: 5 };
    expect(minAnswersOf(new ApiError(409, 'too_few_answers', detail))).toBe(5);
    expect(minAnswersOf(new ApiError(409, 'too_few_answers', 'old body'))).toBeNull();
    expect(minAnswersOf(new ApiError(409, 'version_conflict', detail))).toBeNull();
    expect(minAnswersOf(new Error('network'))).toBeNull();
  });
});

describe('bankGroups', () => {
  it('groups the bank by moment, then the evaluation questions, each in order', () => {
    const t = (
      id: number,
      purpose: 'exercise' | 'evaluation',
      moment: number | null,
      position: number,
    ) => ({
      id,
      purpose,
      moment,
      position,
      kind: 'scale' as const,
      prompt: `Q${id}`,
      options: [],
    });
    const groups = bankGroups([
      t(1, 'exercise', 2, 1),
      t(2, 'evaluation', null, 0),
      t(3, 'exercise', 2, 0),
    ]);
    expect(groups.map((g) => [g.key, g.templates.map((x) => x.id)])).toEqual([
      ['exercise-1', []],
      ['exercise-2', [3, 1]],
      ['exercise-3', []],
      ['evaluation', [2]],
    ]);
  });
});
