import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { eventLabel } from './event-label';

const sv = i18n.getFixedT('sv');
const en = i18n.getFixedT('en');

describe('eventLabel', () => {
  it('words the detail in the reader’s language', () => {
    const day = { kind: 'training-day', title: 'Training, moment 1+2', detail: '1+2' };
    expect(eventLabel(sv, day)).toBe('Utbildningsdag, moment 1+2');
    expect(eventLabel(en, day)).toBe('Training day, moment 1+2');
    const workshop = { kind: 'session', title: 'Workshop med arbetsgruppen', detail: 'workshop' };
    expect(eventLabel(en, workshop)).toBe('Workshop with the working group');
    const supervision = { kind: 'session', title: 'x', detail: 'supervision' };
    expect(eventLabel(sv, supervision)).toBe('Handledning på distans');
    const followUp = { kind: 'follow-up', title: 'x', detail: 'eighteen_months' };
    expect(eventLabel(sv, followUp)).toBe('Uppföljning efter 18 månader ska lämnas in');
    expect(eventLabel(en, { ...followUp, detail: 'six_months' })).toBe('6-month follow-up due');
    expect(
      eventLabel(en, { kind: 'review', title: 'Omcertifieringsgranskning', detail: null }),
    ).toBe('Re-certification review');
  });

  it('keeps the server’s title when the detail is missing or unknown', () => {
    expect(
      eventLabel(sv, { kind: 'session', title: 'Workshop med arbetsgruppen', detail: null }),
    ).toBe('Workshop med arbetsgruppen');
    expect(eventLabel(sv, { kind: 'follow-up', title: '', detail: 'yearly' })).toBe(
      'Uppföljning ska lämnas in',
    );
    expect(eventLabel(sv, { kind: 'something', title: 'Något nytt' })).toBe('Något nytt');
  });
});
