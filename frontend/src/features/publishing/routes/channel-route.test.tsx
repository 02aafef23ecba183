import { fakeChannel, fakePublishing } from '@/testing/fake-publishing';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakePublishing;

beforeEach(() => {
  f.reset();
});

async function openChannel(id = 'ch-hook', as?: string) {
  const app = renderApp(`/channels/${id}`, as ? { as } : {});
  await screen.findByRole('heading', { level: 1 });
  return app;
}

describe('one channel', () => {
  it('shows its settings and of its secrets only that they are set', async () => {
    await openChannel();
    expect(screen.getByRole('heading', { level: 1, name: 'Partner webhook' })).toBeVisible();
    expect(screen.getByText('https://partner.example/hooks/trae')).toBeVisible();
    expect(screen.getByText('Signing secret').parentElement).toHaveTextContent('Set');
    expect(document.body).not.toHaveTextContent('whsec_old');
  });

  it('edits it: keeps, replaces or removes a secret without ever showing it', async () => {
    const { user } = await openChannel();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Partner webhook' });
    const secret = within(dialog).getByRole('group', { name: 'Signing secret' });
    expect(secret).toHaveTextContent('Set');
    expect(within(dialog).queryByDisplayValue('whsec_old')).not.toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Partner hook');
    // Editing the name of a saved channel leaves its slug alone.
    expect(within(dialog).getByRole('textbox', { name: 'Slug' })).toHaveValue('partner-hook');
    await user.click(within(dialog).getByRole('button', { name: 'Save channel' }));
    await screen.findByRole('heading', { level: 1, name: 'Partner hook' });
    expect(f.lastWrite).toEqual({
      ifMatch: '"3"',
      body: expect.objectContaining({ name: 'Partner hook', secrets: {} }) as unknown,
    });

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const again = await screen.findByRole('dialog', { name: 'Edit Partner hook' });
    await user.click(within(again).getByRole('button', { name: 'Replace signing secret' }));
    await user.type(within(again).getByLabelText(/New signing secret/), 'whsec_new');
    await user.click(within(again).getByRole('button', { name: 'Save channel' }));
    await waitFor(() => expect(f.lastWrite?.ifMatch).toBe('"4"'));
    expect(f.lastWrite?.body).toMatchObject({ secrets: { secret: 'whsec_new' } });

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const third = await screen.findByRole('dialog', { name: 'Edit Partner hook' });
    await user.click(within(third).getByRole('button', { name: 'Remove signing secret' }));
    expect(third).toHaveTextContent('Removed when you save.');
    await user.click(within(third).getByRole('button', { name: 'Save channel' }));
    await waitFor(() => expect(f.lastWrite?.body).toMatchObject({ secrets: { secret: null } }));
    await waitFor(() =>
      expect(screen.getByText('Signing secret').parentElement).toHaveTextContent('Not set'),
    );
  });

  it('sends a test and shows what the destination said', async () => {
    f.testResults.set('ch-hook', {
      state: 'temporary_failure',
      detail: 'The receiver answered 503.',
      checkedAt: '2026-12-02T10:00:00Z',
      credentialExpiresAt: null,
    });
    const { user } = await openChannel();
    await user.click(screen.getByRole('button', { name: 'Send test' }));
    const result = await screen.findByRole('status');
    expect(result).toHaveTextContent('The test failed');
    expect(result).toHaveTextContent('The receiver answered 503.');
    // The channel's health follows the check.
    expect(await screen.findByText('Temporarily failing')).toBeVisible();
  });

  it('rotates the secret and shows the new one once, with a copy button and the overlap end', async () => {
    const { user } = await openChannel();
    await user.click(screen.getByRole('button', { name: 'Rotate secret' }));
    const dialog = await screen.findByRole('dialog', { name: /Rotate the secret/ });
    await user.clear(within(dialog).getByRole('textbox', { name: 'Overlap in hours' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Overlap in hours' }), '48');
    await user.click(within(dialog).getByRole('button', { name: 'Rotate secret' }));

    expect(await within(dialog).findByDisplayValue('whsec_NEWSECRET')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Copy new signing secret' })).toBeVisible();
    expect(dialog).toHaveTextContent(/The old secret keeps working until about/);
    expect(f.lastAction).toEqual({ path: 'rotate:ch-hook', body: { overlapHours: 48 } });

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Rotate secret' }));
    const reopened = await screen.findByRole('dialog', { name: /Rotate the secret/ });
    expect(within(reopened).queryByDisplayValue('whsec_NEWSECRET')).not.toBeInTheDocument();
  });

  it('offers no rotation where the connector has nothing to rotate', async () => {
    await openChannel('ch-feed');
    expect(screen.getByRole('button', { name: 'Send test' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Rotate secret' })).not.toBeInTheDocument();
  });

  it('refuses to delete a channel in use and names what uses it', async () => {
    f.inUse.set('ch-hook', { items: [{ id: 'c-1', title: 'Launch notes' }], publications: 2 });
    const { user } = await openChannel();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Partner webhook?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete channel' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The channel is in use');
    expect(within(alert).getByRole('link', { name: 'Launch notes' })).toHaveAttribute(
      'href',
      '/content/c-1',
    );
    expect(alert).toHaveTextContent('2 publications went to it.');
    expect(f.channel('ch-hook')).toBeDefined();
  });

  it('deletes after confirmation and goes back to the list', async () => {
    const { user, router } = await openChannel();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Partner webhook?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete channel' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/channels'));
    expect(f.channel('ch-hook')).toBeUndefined();
    const table = await screen.findByRole('table', { name: 'Channels' });
    expect(within(table).queryByText('Partner webhook')).not.toBeInTheDocument();
  });

  it('shows a reader the channel without the actions', async () => {
    f.channels.push(fakeChannel({ id: 'ch-2', name: 'Second' }));
    await openChannel('ch-2', 'u-author');
    expect(screen.getByRole('heading', { level: 1, name: 'Second' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('says so when the channel does not exist', async () => {
    renderApp('/channels/nope');
    expect(await screen.findByText('Channel not found')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
