import {
  CONNECTORS,
  DELIVERY_API_CONNECTOR,
  fakeDeliveryChannel,
  fakePublishing,
} from '@/testing/fake-publishing';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakePublishing;

beforeEach(() => {
  f.reset();
  f.connectors = [...CONNECTORS, DELIVERY_API_CONNECTOR];
  f.channels.push(fakeDeliveryChannel());
});

async function openKeys(as?: string) {
  const app = renderApp('/channels/ch-api', as ? { as } : {});
  await screen.findByRole('heading', { level: 1, name: 'Site API' });
  return app;
}

describe('delivery keys', () => {
  it('says when there are none, makes one shown once, and revokes it', async () => {
    const { user } = await openKeys();
    expect(await screen.findByText(/No delivery keys yet/)).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: /New key's name/ }), 'Marketing site');
    await user.click(screen.getByRole('button', { name: 'Make key' }));
    expect(await screen.findByText(/you will not see it again/)).toBeVisible();
    expect(screen.getByDisplayValue('trae_dk_1_SECRETVALUE')).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Copy delivery key marketing site' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Marketing site')).toBeVisible();
    expect(within(table).getByText('trae_dk_1…')).toBeVisible();
    expect(within(table).queryByText(/SECRETVALUE/)).not.toBeInTheDocument();

    // Dismissed, the key is gone for good.
    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByDisplayValue('trae_dk_1_SECRETVALUE')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke Marketing site' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke Marketing site?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    expect(await screen.findByText(/No delivery keys yet/)).toBeVisible();
    expect(f.deliveryKeys.get('ch-api')).toEqual([]);
  });

  it('shows a failed list with a retry', async () => {
    f.failDeliveryKeys = true;
    const { user } = await openKeys();
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 5000 });
    expect(screen.getByText('Internal Server Error')).toBeVisible();
    f.failDeliveryKeys = false;
    await user.click(retry);
    expect(await screen.findByText(/No delivery keys yet/)).toBeVisible();
  });

  it('is not offered on other channel types, nor to those who cannot manage channels', async () => {
    renderApp('/channels/ch-hook');
    await screen.findByRole('heading', { level: 1, name: 'Partner webhook' });
    expect(screen.queryByRole('heading', { name: 'Delivery keys' })).not.toBeInTheDocument();
  });

  it('is hidden from an author', async () => {
    await openKeys('u-author');
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Delivery keys' })).not.toBeInTheDocument(),
    );
  });
});
