import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import { CreateOrganisationForm } from './CreateOrganisationForm';

describe('CreateOrganisationForm', () => {
  it('shows the server validation error on the field it belongs to', async () => {
    const fetch = mockApi({
      'POST /api/v1/organisations': () =>
        json(
          {
            error: 'validation_error',
            detail: [
              {
                loc: ['body', 'org_number'],
                type: 'invalid_organisation_number',
                msg: 'The check digit of the organisation number is wrong',
              },
            ],
          },
          422,
        ),
    });
    const onCreated = vi.fn();
    renderWithProviders(<CreateOrganisationForm onCreated={onCreated} onCancel={() => {}} />);
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /^Namn/ }), 'Testkommunen');
    await user.type(screen.getByRole('textbox', { name: /^Organisationsnummer/ }), '123456-7890');
    await user.selectOptions(screen.getByRole('combobox', { name: /Sektor/ }), 'region');
    await user.type(screen.getByRole('textbox', { name: /^Kontaktperson$/ }), 'Karin');
    await user.type(
      screen.getByRole('textbox', { name: /^Kontaktpersonens e-postadress/ }),
      'karin@example.se',
    );
    await user.click(screen.getByRole('button', { name: 'Skapa verksamhet' }));

    expect(await screen.findByText('Ogiltigt organisationsnummer')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Organisationsnummer/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(onCreated).not.toHaveBeenCalled();
    const sent = fetch.mock.calls[0]?.[0] as Request;
    expect(await sent.json()).toEqual({
      name: 'Testkommunen',
      org_number: '123456-7890',
      sector: 'region',
      contact_name: 'Karin',
      contact_email: 'karin@example.se',
      contact_phone: null,
    });
  });

  it('checks the format before sending', async () => {
    const fetch = mockApi({});
    renderWithProviders(<CreateOrganisationForm onCreated={() => {}} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /^Organisationsnummer/ }), '12345');
    await user.click(screen.getByRole('button', { name: 'Skapa verksamhet' }));
    expect(await screen.findByText('Ogiltigt organisationsnummer')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});
