import { renderUi, screen } from '@/testing/test-utils';

import { ConfirmDialog } from './confirm-dialog';

describe('ConfirmDialog', () => {
  it('says what happens and goes on or cancels', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const { user } = renderUi(
      <ConfirmDialog
        opened
        title="Delete it?"
        confirmLabel="Delete"
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        It goes away for good.
      </ConfirmDialog>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete it?' });
    expect(dialog).toHaveTextContent('It goes away for good.');

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows nothing while closed', () => {
    renderUi(
      <ConfirmDialog
        opened={false}
        title="Delete it?"
        confirmLabel="Delete"
        onConfirm={() => undefined}
        onCancel={() => undefined}
        danger={false}
      >
        Text
      </ConfirmDialog>,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
