import { fakeCalendar } from '@/testing/fake-calendar';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';
import { pinBrowserTimeZone } from '@/testing/time-zone';

const day = (key: string) => screen.getByTestId(`day-${key}`);
const lastQuery = () => fakeCalendar.queries.at(-1)!;

beforeEach(() => {
  pinBrowserTimeZone('Europe/Berlin');
  fakeCalendar.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2030-10-20T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the content calendar', () => {
  it('asks for the month grid in the browser zone and puts each item on its local day', async () => {
    renderApp('/calendar');

    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument();
    await screen.findByText('Late on the long day');
    expect(lastQuery().get('from')).toBe('2030-09-30');
    expect(lastQuery().get('to')).toBe('2030-11-11');
    expect(lastQuery().get('tz')).toBe('Europe/Berlin');
    // 23:30 CET on the 25-hour day the clocks go back is 22:30Z: the 27th, not the 28th.
    expect(within(day('2030-10-27')).getByText('Late on the long day')).toBeInTheDocument();
    expect(within(day('2030-10-27')).getByText('23:30')).toBeInTheDocument();
    expect(within(day('2030-10-28')).queryByText('Late on the long day')).not.toBeInTheDocument();
    const launch = screen.getByTestId('entry-scheduled:cal-launch');
    expect(within(launch).getByText('bluesky')).toBeInTheDocument();
    expect(within(launch).getByText('mastodon')).toBeInTheDocument();
    expect(within(launch).getByText('Scheduled')).toBeInTheDocument();
    expect(within(day('2030-10-15')).getByText('Published')).toBeInTheDocument();
    expect(within(day('2030-10-20')).getByText('20')).toHaveAttribute('aria-current', 'date');
    expect(screen.getByTestId('calendar-period')).toHaveTextContent('October 2030');
  });

  it('steps through months and weeks and comes back to today', async () => {
    const { user } = renderApp('/calendar');
    await screen.findByText('Late on the long day');

    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByText('Next month')).toBeInTheDocument();
    expect(screen.getByTestId('calendar-period')).toHaveTextContent('November 2030');
    expect(lastQuery().get('from')).toBe('2030-10-28');

    await user.click(screen.getByRole('button', { name: 'Today' }));
    await user.click(screen.getByRole('radio', { name: 'Week' }));
    await waitFor(() => expect(lastQuery().get('from')).toBe('2030-10-14'));
    expect(lastQuery().get('to')).toBe('2030-10-21');
    expect(await screen.findByText('Went out')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(await screen.findByText('Late on the long day')).toBeInTheDocument();
    expect(within(day('2030-10-27')).getByText('Late on the long day')).toBeInTheDocument();
    expect(screen.getByTestId('calendar-week')).toBeInTheDocument();
  });

  it('filters by channel through the API', async () => {
    const { user } = renderApp('/calendar');
    await screen.findByText('Late on the long day');

    await user.click(screen.getAllByLabelText('Channel').find((el) => el.tagName === 'INPUT')!);
    await user.click(await screen.findByRole('option', { name: 'bluesky' }));

    await waitFor(() => expect(screen.queryByText('Late on the long day')).not.toBeInTheDocument());
    expect(lastQuery().getAll('channel')).toEqual(['bluesky']);
    expect(screen.getByText('Launch thread')).toBeInTheDocument();
  });

  it('shows the empty and the error states', async () => {
    const { user } = renderApp('/calendar');
    await screen.findByText('Late on the long day');
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByTestId('calendar-empty')).toHaveTextContent(
      'Nothing is scheduled or published in this period.',
    );

    fakeCalendar.failReads = 500;
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('opens an item in the editor from its chip', async () => {
    const { user, router } = renderApp('/calendar');
    await user.click(await screen.findByRole('link', { name: /Late on the long day/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/content/cal-late'));
  });
});
