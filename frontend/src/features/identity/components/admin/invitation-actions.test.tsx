import {
  chooseMenuItem,
  fakeIdentity,
  renderApp,
  screen,
  waitFor,
  within,
} from '@/testing/test-utils';

function addInvited() {
  fakeIdentity.users.push({
    id: 'u-pending',
    email: 'pending@example.com',
    displayName: 'pending',
    role: 'AUTHOR',
    password: '',
    status: 'invited',
    mfaEnabled: false,
    recoveryCodes: [],
    createdAt: '2026-11-26T10:00:00Z',
    lastLoginAt: null,
  });
  fakeIdentity.invitationLinks.set('inv-old', 'u-pending');
}

async function openActions() {
  addInvited();
  const rendered = renderApp('/admin/users');
  const table = await screen.findByRole('table', { name: 'Users' });
  const trigger = within(table).getByRole('button', { name: 'Actions for pending@example.com' });
  return { ...rendered, table, trigger };
}

describe('pending invitations in Admin → Users', () => {
  it('offers invitation actions and no Disable', async () => {
    const { user, trigger } = await openActions();
    await user.click(trigger);

    expect(
      await screen.findByRole('menuitem', { name: 'Resend or copy invitation link…' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Withdraw invitation…' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Change role' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Disable' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('menuitem', { name: 'Generate password reset link' }),
    ).not.toBeInTheDocument();
  });

  it('makes a new link to copy, and the old one stops working', async () => {
    const { user, trigger } = await openActions();
    await chooseMenuItem(user, trigger, 'Resend or copy invitation link…');
    const dialog = await screen.findByRole('dialog', {
      name: 'Invitation link for pending@example.com',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Make a new link' }));

    const link = await screen.findByTestId<HTMLInputElement>('reissued-invite-link');
    expect(link.value).toMatch(/^https:\/\/trae\.example\/invite\/inv-u-pending-/);
    expect(screen.getByText(/No e-mail was sent/)).toBeInTheDocument();
    expect(screen.getByText(/the earlier link no longer works/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy invitation link' })).toBeInTheDocument();
    expect(fakeIdentity.invitationLinks.has('inv-old')).toBe(false);
  });

  it('says so when the new link was mailed', async () => {
    fakeIdentity.mailConfigured = true;
    const { user, trigger } = await openActions();
    await chooseMenuItem(user, trigger, 'Resend or copy invitation link…');
    await user.click(await screen.findByRole('button', { name: 'Make a new link' }));

    expect(
      await screen.findByText(/An e-mail with this new link went to pending@example.com/),
    ).toBeInTheDocument();
  });

  it('withdraws the invitation after confirmation', async () => {
    const { user, trigger, table } = await openActions();
    await chooseMenuItem(user, trigger, 'Withdraw invitation…');
    const dialog = await screen.findByRole('dialog', {
      name: 'Withdraw the invitation for pending@example.com?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw invitation' }));

    await waitFor(() => {
      expect(table).not.toHaveTextContent('pending@example.com');
    });
    expect(fakeIdentity.users.some((u) => u.id === 'u-pending')).toBe(false);
  });
});
