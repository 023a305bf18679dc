import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import { DocumentReviewSummary } from './DocumentReviewSummary';
import { listOf } from './test-data';

describe('DocumentReviewSummary', () => {
  it('says where the review of the documents stands, with a link to them', async () => {
    mockApi({ 'GET /api/v1/certifications/5/documents': listOf() });
    renderWithProviders(<DocumentReviewSummary certificationId={5} />);
    const summary = await screen.findByTestId('document-review-summary');
    expect(summary).toHaveTextContent('Granskning av dokument');
    expect(summary).toHaveTextContent(
      'Granskning av dokument1 dokument, 0 färdiggranskade. Fynd: 1 utan beslut, 2 godkända, 1 avfärdade; 2 åtgärdade i nya versioner.',
    );
    expect(screen.getByRole('link', { name: 'Till dokumenten' })).toHaveAttribute(
      'href',
      '/certifications/5?tab=documents',
    );
  });

  it('says when nothing has been submitted', async () => {
    mockApi({
      'GET /api/v1/certifications/5/documents': listOf({ items: [] }),
    });
    renderWithProviders(<DocumentReviewSummary certificationId={5} />);
    expect(await screen.findByTestId('document-review-summary')).toHaveTextContent(
      'Inga dokument har lämnats in för granskning än.',
    );
  });
});
