import { fakePublishing } from '@/testing/fake-publishing';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakePublishing;

beforeEach(() => {
  f.reset();
});

async function createWebhook() {
  const app = renderApp('/channels');
  const { user } = app;
  await screen.findByRole('table', { name: 'Channels' });
  await user.click(screen.getByRole('button', { name: 'New channel' }));
  const dialog = await screen.findByRole('dialog', { name: 'New channel' });
  await user.click(within(dialog).getByRole('combobox', { name: 'Type' }));
  await user.click(await screen.findByRole('option', { name: 'Webhook' }));
  await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Shop hook');
  await user.type(
    within(dialog).getByRole('textbox', { name: 'Receiver URL' }),
    'https://shop.example/hook',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Create channel' }));
  return app;
}

describe('a secret the server generated on create', () => {
  it('is shown once in a dialog with a copy button, then the channel opens', async () => {
    f.createdSecrets = { secret: 'whsec_GENERATED' };
    const { user, router } = await createWebhook();
    const shown = await screen.findByRole('dialog', { name: 'Secret of Shop hook' });
    expect(shown).toHaveTextContent('shown only once');
    expect(within(shown).getByDisplayValue('whsec_GENERATED')).toBeInTheDocument();
    expect(within(shown).getByRole('button', { name: 'Copy signing secret' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/channels');

    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/channels/ch-shop-hook'));
    await screen.findByRole('heading', { level: 1, name: 'Shop hook' });
    expect(screen.queryByDisplayValue('whsec_GENERATED')).not.toBeInTheDocument();
  });

  it('is not asked for when the answer has none: the channel opens at once', async () => {
    const { router } = await createWebhook();
    await waitFor(() => expect(router.state.location.pathname).toBe('/channels/ch-shop-hook'));
    expect(screen.queryByRole('dialog', { name: /Secret of/ })).not.toBeInTheDocument();
  });
});
