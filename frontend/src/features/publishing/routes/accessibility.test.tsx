import { fakeAttempt, fakePublication, fakePublishing } from '@/testing/fake-publishing';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakePublishing;
// The colours whose text and badge contrast app/contrast.test.ts checks in both schemes.
const CHECKED = ['blue', 'red', 'green', 'gray', 'yellow', 'orange', 'teal'];

beforeEach(() => {
  f.reset();
  f.attempts = [fakeAttempt(2, { outcome: 'delivered', status: 200 }), fakeAttempt(1)];
  f.publications.set('c-1', [fakePublication({ status: 'failed', actions: ['retry'] })]);
});

function expectEveryButtonNamed() {
  for (const button of screen.getAllByRole('button')) expect(button).toHaveAccessibleName();
}

function expectBadgesInCheckedColours() {
  const badges = document.querySelectorAll<HTMLElement>('.mantine-Badge-root');
  expect(badges.length).toBeGreaterThan(0);
  for (const badge of badges) {
    const colour = /--mantine-color-([a-z]+)-/.exec(badge.getAttribute('style') ?? '')?.[1];
    expect(CHECKED).toContain(colour);
  }
}

describe('publishing screens: accessible in both colour schemes', () => {
  it('names every button and opens a log row from the keyboard', async () => {
    const { user } = renderApp('/channels/ch-hook');
    const table = await screen.findByRole('table', { name: 'Delivery attempts' });
    expectEveryButtonNamed();

    const row = within(table).getByRole('row', { name: /Attempt 1 to Launch notes/ });
    row.focus();
    expect(row).toHaveFocus();
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog', { name: 'Attempt 1 to Partner webhook' });
    await within(drawer).findByRole('button', { name: 'Retry now: Partner webhook' });
    expectEveryButtonNamed();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('draws the list, health and statuses only in contrast-checked colours, in dark mode too', async () => {
    window.localStorage.setItem('mantine-color-scheme-value', 'dark');
    renderApp('/channels');
    await screen.findByRole('table', { name: 'Channels' });
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expectBadgesInCheckedColours();
    expectEveryButtonNamed();
  });

  it('names the editor panel’s actions and announces status changes', async () => {
    renderApp('/content/c-1');
    const panel = await screen.findByRole('region', { name: 'Publishing' });
    expect(within(panel).getByRole('list', { name: 'Publications' })).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(within(panel).getByRole('button', { name: 'Retry now: Partner webhook' })).toBeVisible();
    expectBadgesInCheckedColours();
    expectEveryButtonNamed();
  });
});
