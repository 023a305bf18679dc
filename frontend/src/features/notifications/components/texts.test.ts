import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { KINDS, notificationText, safeLink } from './texts';

const sv = i18n.getFixedT('sv');
const en = i18n.getFixedT('en');
const data = {
  organisation_name: 'Alingsås kommun',
  certification_id: 7,
  number: 'JAM-ABCD-EFGH',
  days: 7,
  due_on: '2027-05-23',
  scheduled_on: '2029-08-30',
  valid_until: '2029-11-23',
  kind_of_follow_up: 'six_months',
  title: 'Rekryteringspolicy',
};

describe('notification texts', () => {
  it.each(KINDS)('%s reads as a sentence in Swedish and English', (kind) => {
    const s = notificationText(sv, { kind, data }, 'sv');
    const e = notificationText(en, { kind, data }, 'en');
    expect(s).not.toBe(sv('notifications.unknown'));
    expect(e).not.toBe(en('notifications.unknown'));
    expect(s).not.toMatch(/\{\{|notifications\./);
    expect(e).not.toMatch(/\{\{|notifications\./);
  });

  it('fills in names, numbers and dates', () => {
    expect(notificationText(sv, { kind: 'plan_approved', data }, 'sv')).toBe(
      'Handlingsplanen för Alingsås kommun är godkänd och certifikat JAM-ABCD-EFGH är utfärdat.',
    );
    expect(notificationText(sv, { kind: 'follow_up_due', data }, 'sv')).toBe(
      'Uppföljning efter 6 månader för Alingsås kommun ska lämnas in senast 23 maj 2027.',
    );
    expect(notificationText(en, { kind: 'review_scheduled', data }, 'en')).toBe(
      'The re-certification review of Alingsås kommun is scheduled on 30 August 2029.',
    );
  });

  it('names the document of a document review', () => {
    expect(notificationText(sv, { kind: 'document_uploaded', data }, 'sv')).toBe(
      'Alingsås kommun har laddat upp ”Rekryteringspolicy” för granskning.',
    );
    expect(notificationText(en, { kind: 'document_reviewed', data }, 'en')).toBe(
      'The trainer has reviewed “Rekryteringspolicy”.',
    );
  });

  it('names the follow-up by its kind, and falls back without it', () => {
    const late = { ...data, kind_of_follow_up: 'eighteen_months' };
    expect(notificationText(sv, { kind: 'follow_up_overdue', data: late }, 'sv')).toBe(
      'Uppföljning efter 18 månader för Alingsås kommun är försenad: den skulle ha lämnats in 23 maj 2027.',
    );
    expect(notificationText(sv, { kind: 'follow_up_submitted', data }, 'sv')).toBe(
      'Alingsås kommun har lämnat in uppföljningen efter 6 månader.',
    );
    expect(notificationText(en, { kind: 'follow_up_due', data: late }, 'en')).toBe(
      'The 18-month follow-up of Alingsås kommun is due on 23 May 2027.',
    );
    expect(notificationText(en, { kind: 'follow_up_submitted', data }, 'en')).toBe(
      'Alingsås kommun has submitted the 6-month follow-up.',
    );
    const { kind_of_follow_up: _, ...without } = data;
    expect(notificationText(sv, { kind: 'follow_up_due', data: without }, 'sv')).toBe(
      'Uppföljningen för Alingsås kommun ska lämnas in senast 23 maj 2027.',
    );
    expect(
      notificationText(
        en,
        { kind: 'follow_up_submitted', data: { ...data, kind_of_follow_up: 'x' } },
        'en',
      ),
    ).toBe('Alingsås kommun has submitted the follow-up.');
  });

  it('tells a review outcome and a suspension with or without an end', () => {
    expect(
      notificationText(
        sv,
        { kind: 'follow_up_reviewed', data: { ...data, outcome: 'needs_attention' } },
        'sv',
      ),
    ).toBe('Utbildaren ber er komplettera uppföljningen efter 6 månader för Alingsås kommun.');
    expect(
      notificationText(
        sv,
        { kind: 'follow_up_reviewed', data: { ...data, outcome: 'accepted' } },
        'sv',
      ),
    ).toBe('Utbildaren har godkänt uppföljningen efter 6 månader för Alingsås kommun.');
    expect(
      notificationText(
        sv,
        { kind: 'certificate_suspended', data: { ...data, until: '2030-01-31' } },
        'sv',
      ),
    ).toBe(
      'Certifikatet för Alingsås kommun är tillfälligt indraget till och med 31 januari 2030.',
    );
    expect(notificationText(en, { kind: 'certificate_suspended', data }, 'en')).toBe(
      'The certificate of Alingsås kommun is suspended.',
    );
  });

  it('falls back for an unknown kind and missing data', () => {
    expect(notificationText(sv, { kind: 'something_new', data: {} }, 'sv')).toBe(
      'Något har hänt i en certifiering.',
    );
    expect(notificationText(sv, { kind: 'certificate_withdrawn', data: {} }, 'sv')).toBe(
      'Certifikatet för er verksamhet är återkallat.',
    );
  });

  it('follows only same-origin paths', () => {
    expect(safeLink('/certifications/7?tab=follow-ups')).toBe('/certifications/7?tab=follow-ups');
    expect(safeLink('https://evil.example/')).toBeNull();
    expect(safeLink('//evil.example/')).toBeNull();
    expect(safeLink('')).toBeNull();
  });
});
