import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import { LoginForm } from './LoginForm';

describe('LoginForm', () => {
  it('posts the form and reports the logged-in user', async () => {
    const user = { id: 1, email: 'admin@demo.jamlik.se', role: 'admin' };
    const fetch = mockApi({
      'POST /api/v1/auth/login': () =>
        json({ access_token: 'x', token_type: 'bearer', expires_in: 900, user }),
    });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);
    const u = userEvent.setup();

    await u.type(
      await screen.findByRole('textbox', { name: /E-postadress/ }),
      'admin@demo.jamlik.se',
    );
    await u.type(screen.getByLabelText(/^Lösenord/), 'jamlik-demo');
    await u.click(screen.getByRole('button', { name: 'Logga in' }));

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledWith(user));
    const sent = fetch.mock.calls[0]?.[0] as Request;
    expect(sent.headers.get('Content-Type')).toContain('application/x-www-form-urlencoded');
    expect(await sent.text()).toBe('username=admin%40demo.jamlik.se&password=jamlik-demo');
  });

  it('translates the error code of a failed login', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        json({ error: 'invalid_credentials', detail: 'Wrong email address or password.' }, 401),
    });
    renderWithProviders(<LoginForm onSuccess={() => {}} />);
    const u = userEvent.setup();
    await u.type(await screen.findByRole('textbox', { name: /E-postadress/ }), 'a@b.se');
    await u.type(screen.getByLabelText(/^Lösenord/), 'wrong');
    await u.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Fel e-postadress eller lösenord.');
  });
});
