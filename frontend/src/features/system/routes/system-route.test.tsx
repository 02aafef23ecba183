import { http, HttpResponse } from 'msw';

import { systemInfo } from '@/testing/data';
import { server } from '@/testing/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

describe('system page', () => {
  it('shows health, build and runtime details from the API', async () => {
    renderApp('/system');

    expect(await screen.findByRole('heading', { level: 1, name: 'System' })).toBeInTheDocument();
    const badge = await screen.findByTestId('system-status');
    expect(badge).toHaveTextContent('UP');
    expect(badge).toHaveAttribute('data-status', 'UP');

    const table = screen.getByRole('table');
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Version')).toHaveTextContent('0.1.0-SNAPSHOT');
    expect(row('Commit')).toHaveTextContent('abc1234');
    expect(row('Database')).toHaveTextContent('PostgreSQL 17.6 (embedded)');
    expect(row('Data directory')).toHaveTextContent('/abs/path/data');
    expect(row('Java')).toHaveTextContent('25.0.1');
    const started = within(row('Started')).getByText((_, el) => el?.tagName === 'TIME');
    expect(started).toHaveAttribute('dateTime', '2026-11-26T14:00:00Z');
    expect(started.textContent).toContain('2026');
  });

  it('says when optional facts are not recorded and colours a down status', async () => {
    server.use(
      http.get('*/api/v1/system', () =>
        HttpResponse.json({
          ...systemInfo,
          status: 'DOWN',
          commit: null,
          buildTime: null,
          dataDirectory: null,
          database: { kind: 'external', product: 'PostgreSQL', version: '17.2' },
        }),
      ),
    );
    renderApp('/system');

    const badge = await screen.findByTestId('system-status');
    expect(badge).toHaveTextContent('DOWN');
    expect(screen.getAllByText('not recorded')).toHaveLength(3);
    expect(screen.getByText('PostgreSQL 17.2 (external)')).toBeInTheDocument();
  });

  it('shows the problem details and request id of a failure, and retries', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/system', () => {
        calls += 1;
        if (calls === 1) {
          return HttpResponse.json(
            {
              type: 'https://trae.example/problems/internal-error',
              title: 'Internal Server Error',
              status: 500,
              detail: 'The database did not answer.',
              instance: '/api/v1/system',
              requestId: 'req-42',
            },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json(systemInfo);
      }),
    );
    const { user } = renderApp('/system');

    const alert = await screen.findByTestId('system-error');
    expect(alert).toHaveTextContent('Internal Server Error');
    expect(alert).toHaveTextContent('The database did not answer.');
    expect(alert).toHaveTextContent('req-42');

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByTestId('system-status')).toHaveTextContent('UP');
    expect(screen.queryByTestId('system-error')).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('takes the request id from the response header when the body has none', async () => {
    server.use(
      http.get('*/api/v1/system', () =>
        HttpResponse.json(
          { title: 'Service Unavailable', status: 503 },
          {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'hdr-7' },
          },
        ),
      ),
    );
    renderApp('/system');

    const alert = await screen.findByTestId('system-error');
    expect(alert).toHaveTextContent('Service Unavailable');
    expect(alert).toHaveTextContent('hdr-7');
  });

  it('refreshes on demand', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/system', () => {
        calls += 1;
        return HttpResponse.json({ ...systemInfo, status: calls === 1 ? 'UP' : 'OUT_OF_SERVICE' });
      }),
    );
    const { user } = renderApp('/system');
    expect(await screen.findByTestId('system-status')).toHaveTextContent('UP');

    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    await waitFor(() => {
      expect(screen.getByTestId('system-status')).toHaveTextContent('OUT OF SERVICE');
    });
  });
});
