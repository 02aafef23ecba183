/** One page of a keyset-paged list (`GET …?cursor=&limit=`); `nextCursor` is null on the last. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** `infiniteQueryOptions` for every cursor-paged list: start without a cursor, follow `nextCursor`. */
export const cursorPaging = {
  initialPageParam: null,
  getNextPageParam: (last: Page<unknown>) => last.nextCursor,
} as const;

/** The items of every page loaded so far, in order. */
export function pageItems<T>(data: { pages: Page<T>[] } | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}
