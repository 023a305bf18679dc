import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderWithProviders } from '@/test/render';
import type { DocumentFinding, Version } from '../api/types';
import { DocumentReview } from './DocumentReview';
import { DOCUMENT, versionOf } from './test-data';

// What the review's tests share: the review of version 7 rendered with the API mocked, and ways
// to find its findings and marks.

export type Sent = { path: string; body: Record<string, unknown> };

/** The review of version 7 with the API mocked; decisions answer with the finding decided. */
export function setup(version: Version = versionOf(), extra: Record<string, unknown> = {}) {
  const sent: Sent[] = [];
  const record = async (request: Request) => {
    const raw = await request.clone().text();
    const body = raw ? JSON.parse(raw) : {};
    sent.push({ path: new URL(request.url).pathname, body });
    return body;
  };
  const decisions = Object.fromEntries(
    version.findings.map((f) => [
      `POST /api/v1/document-findings/${f.id}/decision`,
      async (request: Request) => {
        const body = await record(request);
        const statuses = { accept: 'accepted', dismiss: 'dismissed', reopen: 'open' } as const;
        const status = statuses[body.decision as keyof typeof statuses];
        return {
          ...f,
          explanation: 'På svenska.',
          status,
          note: body.note,
          chosen_suggestion: body.decision === 'accept' ? body.suggestion : null,
          decided_at: '2026-03-02T10:00:00Z',
        } satisfies DocumentFinding;
      },
    ]),
  );
  mockApi({
    'GET /api/v1/document-versions/7': version,
    'GET /api/v1/documents/3': DOCUMENT,
    ...decisions,
    ...extra,
  });
  const view = renderWithProviders(<DocumentReview certificationId={5} versionId={7} />);
  return { ...view, sent, record, user: userEvent.setup() };
}

export const items = () => screen.getAllByTestId('finding');
export const item = (text: string) =>
  items().find((el) => el.textContent?.includes(`”${text}”`)) as HTMLElement;
export const marks = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLElement>('mark[data-findings]'),
];
