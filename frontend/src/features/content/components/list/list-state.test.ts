import { contentQuery } from '../../api/list-api';
import { activeFilterCount, apiFilter, listStateQuery, parseListState } from './list-state';

describe('the list state in the URL', () => {
  it('reads repeatable filters, days, sort and trash, and ignores what it does not know', () => {
    const state = parseListState(
      new URLSearchParams(
        'status=draft&status=bogus&status=in-review&tag=a&tag=b&author=u1&channel=blog' +
          '&createdFrom=2026-11-01&createdTo=yesterday&sort=nonsense&order=asc&trashed=true&q=hi',
      ),
    );
    expect(state).toMatchObject({
      q: 'hi',
      status: ['draft', 'in-review'],
      tag: ['a', 'b'],
      author: ['u1'],
      channel: ['blog'],
      dates: { createdFrom: '2026-11-01' },
      sort: 'updated',
      order: 'asc',
      trashed: true,
    });
    expect(activeFilterCount(state)).toBe(7);
  });

  it('writes defaults nowhere, so the plain list has a plain URL', () => {
    expect(listStateQuery(parseListState(new URLSearchParams('sort=updated&order=desc')))).toBe('');
    const round = listStateQuery(parseListState(new URLSearchParams('tag=x&tag=y&sort=title')));
    expect(round).toBe('tag=x&tag=y&sort=title');
  });

  it('turns calendar days into the instants the day starts and ends at', () => {
    const filter = apiFilter(
      parseListState(
        new URLSearchParams('publishedFrom=2026-11-01&publishedTo=2026-11-30&q=%20%20'),
      ),
    );
    expect(filter.publishedFrom).toBe(new Date('2026-11-01T00:00:00').toISOString());
    expect(filter.publishedTo).toBe(new Date('2026-11-30T23:59:59.999').toISOString());
    expect(filter.q).toBeUndefined();
    expect(filter.trashed).toBeUndefined();
  });

  it('repeats array parameters and drops empty ones in API query strings', () => {
    expect(
      contentQuery({ status: ['draft', 'idea'], q: '', trashed: false, limit: 25, cursor: null }),
    ).toBe('status=draft&status=idea&limit=25');
  });
});
