import { renderUi, screen } from '@/testing/test-utils';

import { MarkedText } from './marked-text';

describe('MarkedText', () => {
  it('marks the matches and keeps everything else as text', () => {
    const { container } = renderUi(
      <p data-testid="marked">
        <MarkedText html="Tom &amp; <mark>Jerry</mark> &lt;script&gt;alert(1)&lt;/script&gt; <mark>again</mark>" />
      </p>,
    );
    expect(screen.getByText('Jerry').tagName).toBe('MARK');
    expect(screen.getByText('again').tagName).toBe('MARK');
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByTestId('marked').textContent).toBe(
      'Tom & Jerry <script>alert(1)</script> again',
    );
  });
});
