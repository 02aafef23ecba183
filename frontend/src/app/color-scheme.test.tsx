import { renderApp, screen } from '@/testing/test-utils';

describe('colour scheme toggle', () => {
  it('switches between light and dark and remembers the choice', async () => {
    const { user } = renderApp('/');
    const html = document.documentElement;

    const toDark = await screen.findByRole('button', { name: 'Switch to dark colour scheme' });
    expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');

    await user.click(toDark);

    expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(window.localStorage.getItem('mantine-color-scheme-value')).toBe('dark');
    const toLight = await screen.findByRole('button', { name: 'Switch to light colour scheme' });

    await user.click(toLight);

    expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
    expect(window.localStorage.getItem('mantine-color-scheme-value')).toBe('light');
  });
});
