import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { certificate as fixture } from '@/test/certificate';
import { mockApi, renderWithProviders } from '@/test/render';
import type { Certificate } from '../api/types';
import { CertificateCard } from './CertificateCard';

function certificate(
  status: Certificate['status'],
  allowed_actions: Certificate['allowed_actions'],
): Certificate {
  return fixture({ status, allowed_actions });
}

function renderCard(c: Certificate) {
  mockApi({ 'GET /api/v1/certifications/4/certificate': c });
  return renderWithProviders(<CertificateCard certificationId={4} />);
}

const suspend = { name: 'Stäng av tillfälligt' };
const restore = { name: 'Återställ' };
const withdraw = { name: 'Återkalla' };

describe('CertificateCard: what the certificate’s allowed_actions offer', () => {
  it('offers suspending and withdrawing a valid certificate to admins and auditors', async () => {
    renderCard(certificate('valid', ['certificate:suspend', 'certificate:withdraw']));
    expect(await screen.findByRole('button', suspend)).toBeInTheDocument();
    expect(screen.getByRole('button', withdraw)).toBeInTheDocument();
    expect(screen.queryByRole('button', restore)).not.toBeInTheDocument();
  });

  it('offers restoring as the server says, not by the status', async () => {
    renderCard(certificate('suspended', ['certificate:restore', 'certificate:withdraw']));
    expect(await screen.findByRole('button', restore)).toBeInTheDocument();
    expect(screen.getByRole('button', withdraw)).toBeInTheDocument();
    expect(screen.queryByRole('button', suspend)).not.toBeInTheDocument();
  });

  it('offers nothing to the working group, nor on a certificate that allows nothing', async () => {
    const { unmount } = renderCard(certificate('valid', []));
    expect(await screen.findByTestId('certificate-number')).toHaveTextContent('JAM-2026-0003');
    expect(screen.queryByTestId('certificate-actions')).not.toBeInTheDocument();
    unmount();

    renderCard(certificate('withdrawn', []));
    expect(await screen.findByTestId('certificate-number')).toBeInTheDocument();
    expect(screen.queryByRole('button', withdraw)).not.toBeInTheDocument();
  });
});
