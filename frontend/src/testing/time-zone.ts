/**
 * Makes the browser's time zone `zone` for the current test: what
 * `Intl.DateTimeFormat().resolvedOptions().timeZone` answers (how the app reads it; nothing else
 * in the app calls `resolvedOptions`). A spy, not `vi.mock` of a module: the tests share one module
 * graph per worker (`isolate: false`), where a module mock could leak into, or miss, other files.
 * `restoreMocks` undoes it after each test.
 */
export function pinBrowserTimeZone(zone: string) {
  const options = new Intl.DateTimeFormat().resolvedOptions();
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
    ...options,
    timeZone: zone,
  });
}
