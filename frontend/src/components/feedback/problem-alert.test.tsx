import { renderUi, screen } from '@/testing/test-utils';

import { ProblemAlert } from './problem-alert';

describe('ProblemAlert', () => {
  it('shows the title, detail and, for a server fault, the request id', () => {
    renderUi(
      <ProblemAlert
        error={{
          status: 500,
          data: { title: 'Internal Server Error', detail: 'Boom.', requestId: 'req-9' },
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Internal Server Error');
    expect(alert).toHaveTextContent('Boom.');
    expect(alert).toHaveTextContent('Request id: req-9');
  });

  it('leaves the request id out of a client error and says how long to wait', () => {
    renderUi(
      <ProblemAlert
        error={{
          status: 429,
          data: { title: 'Too Many Requests', requestId: 'req-1', retryAfter: 30 },
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Try again in 30 seconds.');
    expect(alert).not.toHaveTextContent('req-1');
  });

  it('puts a given title first and the problem under it', () => {
    renderUi(<ProblemAlert error={{ status: 'FETCH_ERROR', error: 'x' }} title="Not sent" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not sent');
    expect(alert).toHaveTextContent('Cannot reach the server');
  });
});
