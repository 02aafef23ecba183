import {
  chooseMenuItem,
  fakeIdentity,
  renderApp,
  screen,
  waitFor,
  within,
} from '@/testing/test-utils';

describe('admin', () => {
  it('opens the first section the user may see', async () => {
    const { router } = renderApp('/admin');
    expect(await screen.findByRole('table', { name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/users');
  });

  it('tells a user without admin permissions', async () => {
    renderApp('/admin', { as: 'u-editor' });
    expect(
      await screen.findByText('Your role has no administration permissions.'),
    ).toBeInTheDocument();
  });

  it('lists users, searches and loads more', async () => {
    fakeIdentity.usersPageSize = 2;
    const { user } = renderApp('/admin/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => {
      expect(within(table).getAllByRole('row')).toHaveLength(4);
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'editor');
    await waitFor(() => {
      expect(within(screen.getByRole('table', { name: 'Users' })).getAllByRole('row')).toHaveLength(
        2,
      );
    });
    expect(screen.getByRole('table', { name: 'Users' })).toHaveTextContent('Eddie Editor');
  });

  it('invites a user and shows the link', async () => {
    const { user } = renderApp('/admin/users');
    await screen.findByRole('table', { name: 'Users' });
    await user.click(screen.getByRole('button', { name: 'Invite user' }));

    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });
    await user.type(within(dialog).getByLabelText(/E-mail/), 'newbie@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByTestId('invite-link')).toHaveValue(
      'https://trae.example/invite/inv-abc',
    );
    expect(screen.getByText(/No e-mail was sent/)).toBeInTheDocument();
    expect(fakeIdentity.users.find((u) => u.email === 'newbie@example.com')?.role).toBe('AUTHOR');
  });

  it('disables a user', async () => {
    const { user } = renderApp('/admin/users');
    const table = await screen.findByRole('table', { name: 'Users' });

    await chooseMenuItem(
      user,
      within(table).getByRole('button', { name: 'Actions for editor@example.com' }),
      'Disable',
    );
    await waitFor(() => {
      expect(within(table).getByRole('row', { name: /Eddie Editor/ })).toHaveTextContent(
        'disabled',
      );
    });
  });

  it('sends the version it showed, so a change made meanwhile is not overwritten', async () => {
    const { user } = renderApp('/admin/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    await within(table).findByRole('row', { name: /Eddie Editor/ });
    // another administrator changes the user after this list was loaded
    const editor = fakeIdentity.users.find((u) => u.email === 'editor@example.com')!;
    editor.version = (editor.version ?? 0) + 1;

    await chooseMenuItem(
      user,
      within(table).getByRole('button', { name: 'Actions for editor@example.com' }),
      'Disable',
    );

    expect(await screen.findByText(/Someone else changed this user/)).toBeInTheDocument();
    expect(editor.status).toBe('active');
  });

  it('makes a password reset link', async () => {
    const { user } = renderApp('/admin/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    await chooseMenuItem(
      user,
      within(table).getByRole('button', { name: 'Actions for editor@example.com' }),
      'Generate password reset link',
    );
    await user.click(await screen.findByRole('button', { name: 'Generate link' }));
    expect(await screen.findByTestId('reset-link')).toHaveValue(
      'https://trae.example/reset-password?token=rst-1',
    );
  });

  it('anonymises a user after confirmation', async () => {
    const { user } = renderApp('/admin/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    await chooseMenuItem(
      user,
      within(table).getByRole('button', { name: 'Actions for author@example.com' }),
      'Anonymise…',
    );

    const dialog = await screen.findByRole('dialog', { name: 'Anonymise Ann Author?' });
    await user.click(within(dialog).getByRole('button', { name: 'Anonymise' }));

    await waitFor(() => {
      expect(within(table).getByText('Anonymised user')).toBeInTheDocument();
    });
  });

  it('shows the roles matrix with built-in roles read-only and toggles a custom role', async () => {
    fakeIdentity.roles.push({
      name: 'TRANSLATOR',
      builtIn: false,
      permissions: ['content:read'],
      mfaRequired: false,
    });
    const { user } = renderApp('/admin/roles');
    const matrix = await screen.findByRole('table', { name: 'Role permissions' });

    expect(within(matrix).getByRole('checkbox', { name: 'EDITOR: content:read' })).toBeDisabled();
    const cell = within(matrix).getByRole('checkbox', { name: 'TRANSLATOR: content:review' });
    expect(cell).toBeEnabled();
    expect(cell).not.toBeChecked();

    await user.click(cell);

    await waitFor(() => {
      expect(
        within(matrix).getByRole('checkbox', { name: 'TRANSLATOR: content:review' }),
      ).toBeChecked();
    });
    expect(fakeIdentity.roles.find((r) => r.name === 'TRANSLATOR')?.permissions).toEqual([
      'content:read',
      'content:review',
    ]);

    await user.click(within(matrix).getByRole('switch', { name: 'TRANSLATOR requires MFA' }));
    await waitFor(() => {
      expect(fakeIdentity.roles.find((r) => r.name === 'TRANSLATOR')?.mfaRequired).toBe(true);
    });
  });

  it('lets an owner require MFA for built-in roles, permissions untouched', async () => {
    const { user } = renderApp('/admin/roles');
    const matrix = await screen.findByRole('table', { name: 'Role permissions' });

    const editor = within(matrix).getByRole('switch', { name: 'EDITOR requires MFA' });
    expect(editor).toBeEnabled();
    await user.click(editor);
    await waitFor(() => {
      expect(fakeIdentity.roles.find((r) => r.name === 'EDITOR')?.mfaRequired).toBe(true);
    });
    expect(await screen.findByText('EDITOR now requires two-factor.')).toBeInTheDocument();

    const owner = within(matrix).getByRole('switch', { name: 'OWNER requires MFA' });
    expect(owner).toBeEnabled();
    await user.click(owner);
    await waitFor(() => {
      expect(fakeIdentity.roles.find((r) => r.name === 'OWNER')?.mfaRequired).toBe(true);
    });
  });

  it('explains to an admin that only an owner changes OWNER and ADMIN', async () => {
    fakeIdentity.userById('u-editor').role = 'ADMIN';
    renderApp('/admin/roles', { as: 'u-editor' });
    const matrix = await screen.findByRole('table', { name: 'Role permissions' });

    for (const name of ['OWNER', 'ADMIN']) {
      const toggle = within(matrix).getByRole('switch', { name: `${name} requires MFA` });
      expect(toggle).toBeDisabled();
      expect(toggle).toHaveAccessibleDescription('Only an owner can change this');
    }
    expect(within(matrix).getByRole('switch', { name: 'AUTHOR requires MFA' })).toBeEnabled();
  });

  it('creates and deletes a custom role', async () => {
    const { user } = renderApp('/admin/roles');
    await screen.findByRole('table', { name: 'Role permissions' });
    await user.click(screen.getByRole('button', { name: 'New role' }));

    const dialog = await screen.findByRole('dialog', { name: 'New role' });
    await user.type(within(dialog).getByLabelText(/Name/), 'reviewer');
    await user.click(within(dialog).getByRole('checkbox', { name: 'content:review' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create role' }));

    const matrix = screen.getByRole('table', { name: 'Role permissions' });
    expect(
      await within(matrix).findByRole('checkbox', { name: 'REVIEWER: content:review' }),
    ).toBeChecked();

    await user.click(within(matrix).getByRole('button', { name: 'Delete role REVIEWER' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete role REVIEWER?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(within(matrix).queryByRole('checkbox', { name: /^REVIEWER/ })).toBeNull();
    });
  });

  it('shows audit events, their details and the chain verification', async () => {
    const { user } = renderApp('/admin/audit');
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.click(within(table).getByRole('row', { name: /user.invited/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Audit event' });
    expect(drawer).toHaveTextContent('req-audit-2');
    // The summary is an object: shown key by key, nested values as JSON (no crash).
    const summary = within(drawer).getByTestId('audit-summary');
    expect(summary).toHaveTextContent('role');
    expect(summary).toHaveTextContent('AUTHOR');
    expect(summary).toHaveTextContent('emailed');
    expect(summary).toHaveTextContent('false');
    expect(summary).toHaveTextContent('"to": "AUTHOR"');
    // Actor and target by name and e-mail; the IPv4-mapped address as plain IPv4.
    expect(drawer).toHaveTextContent('Olivia Owner');
    expect(drawer).toHaveTextContent('owner@example.com');
    expect(drawer).toHaveTextContent('Ann Author');
    expect(drawer).toHaveTextContent('author@example.com');
    expect(drawer).toHaveTextContent('192.0.2.10');
    expect(drawer).not.toHaveTextContent('::ffff:');
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect(await screen.findByTestId('chain-verification')).toHaveTextContent(
      'The audit chain is intact',
    );
    expect(screen.getByTestId('chain-verification')).toHaveTextContent('Checked 2 events.');
  });

  it('reports a broken audit chain and filters by action', async () => {
    fakeIdentity.chainValid = false;
    const { user } = renderApp('/admin/audit');
    await screen.findByRole('table', { name: 'Audit events' });

    await user.click(screen.getByRole('button', { name: 'Verify chain' }));
    const result = await screen.findByTestId('chain-verification');
    expect(result).toHaveTextContent('The audit chain is broken');
    expect(result).toHaveTextContent('ae-2');

    await user.type(screen.getByLabelText('Action'), 'auth.login');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => {
      expect(
        within(screen.getByRole('table', { name: 'Audit events' })).getAllByRole('row'),
      ).toHaveLength(2);
    });
  });

  it('downloads an export with the bearer token', async () => {
    const { user } = renderApp('/admin/audit');
    await screen.findByRole('table', { name: 'Audit events' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Audit log exported as CSV.')).toBeInTheDocument();
  });

  it('shows loopback addresses compactly and targets by name', async () => {
    const { user } = renderApp('/admin/audit');
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getByRole('row', { name: /auth.login/ })).toHaveTextContent('::1');
    expect(within(table).getByRole('row', { name: /user.invited/ })).toHaveTextContent(
      'Ann Author',
    );

    await user.click(within(table).getByRole('row', { name: /auth.login/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Audit event' });
    expect(within(drawer).getByTestId('audit-summary')).toHaveTextContent('methodpassword');
    expect(drawer).not.toHaveTextContent('0:0:0:0');
    // Every button, the drawer's icon-only close button included, has a name.
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveAccessibleName();
    }
    await user.click(within(drawer).getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Audit event' })).not.toBeInTheDocument();
    });
  });

  it('filters the audit log by a person found by name', async () => {
    fakeIdentity.auditEvents.push({
      id: 'ae-0',
      occurredAt: '2026-11-25T08:00:00Z',
      actorType: 'user',
      actorId: 'u-editor',
      actorName: 'Eddie Editor',
      actorEmail: 'editor@example.com',
      action: 'auth.login',
      targetType: null,
      targetId: null,
      targetName: null,
      targetEmail: null,
      ip: '198.51.100.7',
      userAgent: 'Safari',
      requestId: 'req-audit-0',
      summary: {},
    });
    const { user } = renderApp('/admin/audit');
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    await user.type(screen.getByRole('combobox', { name: 'Actor' }), 'eddie');
    await user.click(
      await screen.findByRole('option', { name: 'Eddie Editor (editor@example.com)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => {
      expect(
        within(screen.getByRole('table', { name: 'Audit events' })).getAllByRole('row'),
      ).toHaveLength(2);
    });
    expect(screen.getByRole('table', { name: 'Audit events' })).toHaveTextContent('Eddie Editor');
  });

  it('filters by actor id when the viewer cannot search users', async () => {
    fakeIdentity.roles.push({
      name: 'AUDITOR',
      builtIn: false,
      permissions: ['audit:read'],
      mfaRequired: false,
    });
    fakeIdentity.userById('u-author').role = 'AUDITOR';
    renderApp('/admin/audit', { as: 'u-author' });
    await screen.findByRole('table', { name: 'Audit events' });
    expect(screen.getByLabelText('Actor id')).toBeInTheDocument();
  });
});
