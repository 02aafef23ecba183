import { Button } from '@mantine/core';
import { useForm } from '@mantine/form';

import { newPasswordRules } from '@/lib/password';
import { renderUi, screen } from '@/testing/test-utils';

import { NewPasswordFields } from './new-password-fields';

function Harness({ onSubmit }: { onSubmit: (password: string) => void }) {
  const form = useForm({
    initialValues: { secret: '', confirm: '' },
    validate: newPasswordRules('secret', 'Choose one'),
  });
  return (
    <form
      onSubmit={form.onSubmit((v) => {
        onSubmit(v.secret);
      })}
      noValidate
    >
      <NewPasswordFields form={form} field="secret" label="Password" confirmLabel="Repeat it" />
      <Button type="submit">Save</Button>
    </form>
  );
}

describe('NewPasswordFields', () => {
  it('asks for a password and for the same one again', async () => {
    const onSubmit = vi.fn();
    const { user } = renderUi(<Harness onSubmit={onSubmit} />);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Choose one')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Password/), 'correct horse battery');
    await user.type(screen.getByLabelText(/^Repeat it/), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('The passwords do not match')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Repeat it/), ' battery');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith('correct horse battery');
  });

  it('hints at the strength of what is typed', async () => {
    const { user } = renderUi(<Harness onSubmit={() => undefined} />);
    const password = screen.getByLabelText(/^Password/);
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByLabelText(/^Repeat it/)).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.queryByText(/Strength:/)).not.toBeInTheDocument();

    await user.type(password, 'Abcdefgh1234!xyz');
    expect(screen.getByText(/Strength: Very strong\./)).toBeInTheDocument();
  });
});
