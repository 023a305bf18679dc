import type { QuestionPurpose, QuestionTemplate } from '../api/types';

export interface BankGroup {
  key: string;
  purpose: QuestionPurpose;
  moment: number | null;
  templates: QuestionTemplate[];
}

/** The bank as the page shows it: exercises of moments 1, 2, 3, then the evaluation questions. */
export function bankGroups(templates: readonly QuestionTemplate[]): BankGroup[] {
  const order = (a: QuestionTemplate, b: QuestionTemplate) =>
    a.position - b.position || a.id - b.id;
  const groups: BankGroup[] = [1, 2, 3].map((moment) => ({
    key: `exercise-${moment}`,
    purpose: 'exercise',
    moment,
    templates: templates.filter((q) => q.purpose === 'exercise' && q.moment === moment).sort(order),
  }));
  groups.push({
    key: 'evaluation',
    purpose: 'evaluation',
    moment: null,
    templates: templates.filter((q) => q.purpose === 'evaluation').sort(order),
  });
  return groups;
}
