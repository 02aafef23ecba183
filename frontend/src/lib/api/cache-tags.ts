/** The id of the tag a list provides besides one per item: creating an item invalidates it. */
export const LIST = 'LIST';

/**
 * Tags for a list query: one per item (so an update of one item refetches only the queries
 * that show it) and `LIST` (so a new item, which no query shows yet, refetches the list).
 */
export function listTags<Type extends string, Item>(
  type: Type,
  items: readonly Item[] | undefined,
  idOf: (item: Item) => string,
): { type: Type; id: string }[] {
  return [...(items ?? []).map((item) => ({ type, id: idOf(item) })), { type, id: LIST }];
}
