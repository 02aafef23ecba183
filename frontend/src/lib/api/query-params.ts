export type QueryValues = Record<string, string | number | null | undefined>;

/** Drops empty values so they do not end up as `?q=` in the URL. */
export function queryParams(values: QueryValues): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, string | number] =>
        entry[1] !== undefined && entry[1] !== null && entry[1] !== '',
    ),
  );
}

/** The non-empty values as a query string (no leading `?`), for URLs built by hand. */
export function queryString(values: QueryValues): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(queryParams(values))) search.set(key, String(value));
  return search.toString();
}
