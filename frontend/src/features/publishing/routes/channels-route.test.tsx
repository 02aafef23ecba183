import { http } from 'msw';

import { problem } from '@/testing/fake-identity';
import { fakeChannel, fakePublishing } from '@/testing/fake-publishing';
import { server } from '@/testing/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakePublishing;

beforeEach(() => {
  f.reset();
});

describe('channels list', () => {
  it('lists each channel with its type, health and approval', async () => {
    f.channels[0]!.health = {
      state: 'credential_invalid',
      detail: 'The receiver refused the signature.',
      checkedAt: '2026-12-02T09:00:00Z',
      credentialExpiresAt: null,
    };
    renderApp('/channels');
    const table = await screen.findByRole('table', { name: 'Channels' });
    const hook = within(table).getByRole('row', { name: /Partner webhook/ });
    expect(hook).toHaveTextContent('Webhook');
    expect(hook).toHaveTextContent('Reconnect needed');
    expect(hook).toHaveTextContent('The receiver refused the signature.');
    expect(hook).toHaveTextContent(/Checked/);
    expect(hook).toHaveTextContent('Required');
    const feed = within(table).getByRole('row', { name: /Blog feed/ });
    expect(feed).toHaveTextContent('RSS / Atom feed');
    expect(feed).toHaveTextContent('Not checked');
    expect(feed).toHaveTextContent('Not required');
    expect(within(hook).getByRole('link', { name: 'Partner webhook' })).toHaveAttribute(
      'href',
      '/channels/ch-hook',
    );
  });

  it('says when there are none, and offers to create one only to managers', async () => {
    f.channels = [];
    renderApp('/channels', { as: 'u-author' });
    expect(
      await screen.findByText('No channels yet. Someone who manages channels can create one.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New channel' })).not.toBeInTheDocument();
  });

  it('shows a failed read with a retry', async () => {
    f.failChannelList = true;
    const { user } = renderApp('/channels');
    expect(await screen.findByText('Internal Server Error')).toBeVisible();
    f.failChannelList = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Channels' })).toBeInTheDocument();
  });

  it('creates a channel from its connector spec, checking fields first', async () => {
    const { user, router } = renderApp('/channels');
    await screen.findByRole('table', { name: 'Channels' });
    await user.click(screen.getByRole('button', { name: 'New channel' }));
    const dialog = await screen.findByRole('dialog', { name: 'New channel' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Newsletter' }));

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Weekly Digest');
    expect(within(dialog).getByRole('textbox', { name: 'Slug' })).toHaveValue('weekly-digest');
    await user.type(within(dialog).getByRole('textbox', { name: 'From address' }), 'not-mail');
    await user.click(within(dialog).getByRole('button', { name: 'Create channel' }));
    expect(
      within(dialog).getByRole('textbox', { name: 'From address' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Enter an e-mail address') as string);
    expect(within(dialog).getByLabelText(/SMTP password/)).toHaveAccessibleDescription(
      expect.stringContaining('SMTP password is required') as string,
    );
    expect(f.lastWrite).toBeNull();

    await user.clear(within(dialog).getByRole('textbox', { name: 'From address' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'From address' }),
      'news@a.example',
    );
    await user.click(within(dialog).getByRole('switch', { name: /Measure opens/ }));
    await user.type(within(dialog).getByLabelText(/SMTP password/), 'hunter2');
    await user.click(within(dialog).getByRole('button', { name: 'Create channel' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/channels/ch-weekly-digest'));
    expect(f.lastWrite?.body).toEqual({
      connector: 'newsletter',
      name: 'Weekly Digest',
      slug: 'weekly-digest',
      requiresApproval: false,
      settings: { from: 'news@a.example', trackOpens: 'true' },
      secrets: { smtpPassword: 'hunter2' },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Weekly Digest' })).toBeVisible();
  });

  it("shows the server's validation problems on their fields", async () => {
    server.use(
      http.post('*/api/v1/channels', () =>
        problem(400, 'validation-failed', 'The channel is not valid', {
          errors: [
            { field: 'settings.url', message: 'must not point at a private address' },
            { field: 'secrets.secret', message: 'must start with whsec_' },
          ],
        }),
      ),
    );
    const { user } = renderApp('/channels');
    await user.click(await screen.findByRole('button', { name: 'New channel' }));
    const dialog = await screen.findByRole('dialog', { name: 'New channel' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Webhook' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Hook');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Receiver URL' }),
      'http://10.0.0.1/x',
    );
    await user.type(within(dialog).getByLabelText(/Signing secret/), 'abc');
    await user.click(within(dialog).getByRole('button', { name: 'Create channel' }));

    await waitFor(() =>
      expect(
        within(dialog).getByRole('textbox', { name: 'Receiver URL' }),
      ).toHaveAccessibleDescription(
        expect.stringContaining('must not point at a private address') as string,
      ),
    );
    expect(within(dialog).getByLabelText(/Signing secret/)).toHaveAccessibleDescription(
      expect.stringContaining('must start with whsec_') as string,
    );
    // Every part shows on a field: no alert repeats it.
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts a taken slug on the slug field', async () => {
    f.channels.push(fakeChannel({ id: 'ch-x', slug: 'hook', name: 'Old hook' }));
    const { user } = renderApp('/channels');
    await user.click(await screen.findByRole('button', { name: 'New channel' }));
    const dialog = await screen.findByRole('dialog', { name: 'New channel' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Webhook' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Hook');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Receiver URL' }),
      'https://a.example',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create channel' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Slug' })).toHaveAccessibleDescription(
        expect.stringContaining('Another channel is called hook.') as string,
      ),
    );
  });
});
