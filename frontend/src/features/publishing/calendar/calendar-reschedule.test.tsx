import { fakeCalendar } from '@/testing/fake-calendar';
import {
  chooseMenuItem,
  fireEvent,
  renderApp,
  screen,
  waitFor,
  within,
} from '@/testing/test-utils';
import { pinBrowserTimeZone } from '@/testing/time-zone';

function drag(chip: HTMLElement, target: HTMLElement) {
  const data = new Map<string, string>();
  const transfer = {
    setData: (type: string, value: string) => data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    get types() {
      return [...data.keys()];
    },
    effectAllowed: 'none',
    dropEffect: 'none',
  };
  fireEvent.dragStart(chip, { dataTransfer: transfer });
  fireEvent.dragOver(target, { dataTransfer: transfer });
  fireEvent.drop(target, { dataTransfer: transfer });
}

const day = (key: string) => screen.getByTestId(`day-${key}`);
const chip = (id: string) => screen.getByTestId(`entry-scheduled:${id}`);

beforeEach(() => {
  pinBrowserTimeZone('Europe/Berlin');
  fakeCalendar.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2030-10-20T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('rescheduling on the calendar', () => {
  it('drops a scheduled item on another day at the same local time, across the DST change', async () => {
    renderApp('/calendar');
    await screen.findByText('Launch thread');
    // 09:00 CEST on Tuesday 22 October
    expect(within(chip('cal-launch')).getByText('09:00')).toBeInTheDocument();

    drag(chip('cal-launch'), day('2030-10-29'));

    await waitFor(() => expect(fakeCalendar.lastMove).not.toBeNull());
    // still 09:00 in Berlin, now in winter time: +01:00
    expect(fakeCalendar.lastMove).toEqual({
      id: 'cal-launch',
      at: '2030-10-29T09:00:00+01:00',
      ifMatch: '"3"',
    });
    await waitFor(() =>
      expect(within(day('2030-10-29')).getByText('Launch thread')).toBeInTheDocument(),
    );
    expect(within(chip('cal-launch')).getByText('09:00')).toBeInTheDocument();
    expect(
      await screen.findByText(/now goes out Tuesday, October 29 at 09:00|now goes out/),
    ).toBeInTheDocument();
  });

  it('puts the chip back and shows the problem when the server refuses the move', async () => {
    fakeCalendar.refusal = {
      status: 409,
      type: 'approval-required',
      title: 'Approval required',
      detail: 'The channel bluesky needs an approval before anything is scheduled to it.',
    };
    renderApp('/calendar');
    await screen.findByText('Launch thread');

    drag(chip('cal-launch'), day('2030-10-24'));

    expect(await screen.findByText('Approval required')).toBeInTheDocument();
    expect(screen.getByText(/needs an approval/)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(day('2030-10-22')).getByText('Launch thread')).toBeInTheDocument(),
    );
    expect(within(day('2030-10-24')).queryByText('Launch thread')).not.toBeInTheDocument();
  });

  it('refuses a move into the past with the server’s reason', async () => {
    renderApp('/calendar');
    await screen.findByText('Launch thread');

    drag(chip('cal-launch'), day('2030-10-10'));

    expect(await screen.findByText(/Give a time in the future/)).toBeInTheDocument();
    expect(within(day('2030-10-22')).getByText('Launch thread')).toBeInTheDocument();
  });

  it('moves an item from its menu with a local date and time (the keyboard way)', async () => {
    const { user } = renderApp('/calendar');
    await screen.findByText('Late on the long day');

    await chooseMenuItem(
      user,
      screen.getByRole('button', { name: 'Late on the long day: actions' }),
      'Reschedule…',
    );
    const input = await screen.findByLabelText(/Publish “Late on the long day” at/);
    expect(input).toHaveValue('2030-10-27T23:30');
    fireEvent.change(input, { target: { value: '2030-11-02T23:30' } });
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));

    await waitFor(() => expect(fakeCalendar.lastMove?.at).toBe('2030-11-02T23:30:00+01:00'));
    await waitFor(() =>
      expect(within(day('2030-11-02')).getByText('Late on the long day')).toBeInTheDocument(),
    );
  });

  it('never lets a published item, or a caller without content:publish, move anything', async () => {
    const { user } = renderApp('/calendar', { as: 'u-author' });
    await screen.findByText('Launch thread');

    expect(screen.getByTestId('entry-published:cal-out')).toHaveAttribute('draggable', 'false');
    expect(chip('cal-launch')).toHaveAttribute('draggable', 'false');
    drag(chip('cal-launch'), day('2030-10-29'));
    await user.click(screen.getByRole('button', { name: 'Launch thread: actions' }));
    expect(await screen.findByRole('menuitem', { name: 'Open in editor' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Reschedule…' })).not.toBeInTheDocument();
    expect(fakeCalendar.lastMove).toBeNull();
  });

  it('lists the week as days on a narrow screen', async () => {
    // 390 px wide: every max-width query matches
    const stub = window.matchMedia.bind(window);
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
      Object.assign(stub(query), { matches: query.includes('max-width') }),
    );
    const { user } = renderApp('/calendar');
    await screen.findByText('Late on the long day');
    await user.click(screen.getByRole('radio', { name: 'Week' }));
    const list = await screen.findByTestId('calendar-day-list');
    expect(within(list).getAllByRole('region')).toHaveLength(7);
  });
});
