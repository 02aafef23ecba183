import { renderUi, screen } from '@/testing/test-utils';

import { ShownOnceValue } from './shown-once-value';

describe('ShownOnceValue', () => {
  it('warns, then shows each value read-only with a copy button', async () => {
    const { user } = renderUi(
      <ShownOnceValue
        title="Copy it now: it is shown only once"
        fields={[
          { label: 'Signing secret', value: 'whsec_1' },
          { label: 'Token', value: 'tok_2', testId: 'token' },
        ]}
      >
        Give it to the receiver.
      </ShownOnceValue>,
    );
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('Copy it now: it is shown only once');
    expect(warning).toHaveTextContent('Give it to the receiver.');
    expect(screen.getByLabelText('Signing secret')).toHaveValue('whsec_1');
    expect(screen.getByTestId('token')).toHaveValue('tok_2');
    expect(screen.queryByRole('button', { name: 'I have copied it' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy signing secret' }));
    expect(await navigator.clipboard.readText()).toBe('whsec_1');
  });

  it('offers a dismiss button when it can be dismissed', async () => {
    const onDismiss = vi.fn();
    const { user } = renderUi(
      <ShownOnceValue
        title="Copy the key now"
        fields={[{ label: 'Key', value: 'k' }]}
        onDismiss={onDismiss}
      >
        Only a hash is kept.
      </ShownOnceValue>,
    );
    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
