import { cursorPaging, pageItems } from './page';

describe('cursor paging', () => {
  it('starts without a cursor and follows nextCursor', () => {
    expect(cursorPaging.initialPageParam).toBeNull();
    expect(cursorPaging.getNextPageParam({ items: [], nextCursor: 'c2' })).toBe('c2');
    expect(cursorPaging.getNextPageParam({ items: [], nextCursor: null })).toBeNull();
  });

  it('lists the items of every page in order', () => {
    const pages = [
      { items: [1, 2], nextCursor: 'c' },
      { items: [3], nextCursor: null },
    ];
    expect(pageItems({ pages })).toEqual([1, 2, 3]);
    expect(pageItems(undefined)).toEqual([]);
  });
});
