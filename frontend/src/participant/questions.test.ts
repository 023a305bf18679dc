import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dictionaries, setLang, tr } from './i18n';
import { emptyDraft } from './logic';
import { questionField } from './questions';
import type { Question } from './types';

const mount = (question: Question, number?: number) => {
  const draft = emptyDraft();
  const field = questionField(question, draft, { number });
  document.body.append(field.element);
  return { draft, field };
};

afterEach(() => {
  document.body.replaceChildren();
  setLang('sv');
});

describe('questionField', () => {
  it('a scale is five radio buttons named 1–5 with the end labels', () => {
    const { draft } = mount({
      id: 1,
      kind: 'scale',
      prompt: 'Hur var dagen?',
      options: ['Dålig', 'Bra'],
    });
    const group = screen.getByRole('group', { name: 'Hur var dagen?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(group).toHaveAccessibleDescription(/^1 = Dålig, ?5 = Bra\s*$/);
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    expect(draft.selected).toEqual([4]);
  });

  it('multiple choice keeps every checked box in the draft', () => {
    const { draft } = mount({
      id: 2,
      kind: 'multiple_choice',
      prompt: 'Vilka?',
      options: ['A', 'B', 'C'],
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'C' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'A' }));
    expect(draft.selected).toEqual([0, 2]);
  });

  it('open text counts characters and shows problems on the field', () => {
    const { draft, field } = mount({ id: 3, kind: 'open_text', prompt: 'Något mer?', options: [] });
    const box = screen.getByRole('textbox', { name: 'Något mer?' });
    expect(box).toHaveAttribute('maxlength', '1000');
    fireEvent.input(box, { target: { value: 'Hej' } });
    expect(draft.text).toBe('Hej');
    expect(screen.getByText('3 av 1000 tecken')).toBeInTheDocument();
    field.showProblem('Skriv ett svar');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('3 av 1000 tecken Skriv ett svar');
  });

  it('a radio group in a longer form can be cleared', () => {
    const { draft } = mount(
      { id: 4, kind: 'single_choice', prompt: 'Välj', options: ['Ja', 'Nej'] },
      2,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Nej' }));
    expect(draft.selected).toEqual([1]);
    fireEvent.click(screen.getByRole('button', { name: 'Rensa svaret på fråga 2' }));
    expect(draft.selected).toEqual([]);
    expect(screen.getByRole('radio', { name: 'Nej' })).not.toBeChecked();
  });
});

describe('i18n', () => {
  it('has every message in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const [key, text] of Object.entries(dictionaries.sv)) {
      const english = dictionaries.en[key as keyof typeof dictionaries.sv];
      expect(english, key).toBeTruthy();
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it('fills in placeholders in the chosen language', () => {
    expect(tr('charCount', { n: 3, max: 40 })).toBe('3 av 40 tecken');
    setLang('en');
    expect(tr('charCount', { n: 3, max: 40 })).toBe('3 of 40 characters');
  });
});
