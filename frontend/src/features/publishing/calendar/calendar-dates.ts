/**
 * Calendar dates in a time zone, with Intl only (no date library is installed). A day is a
 * local date key `YYYY-MM-DD`; day arithmetic runs on those keys as plain calendar dates (in
 * UTC, where no day is 23 or 25 hours long), and an instant becomes a day only through the
 * zone's own rules for that instant, so DST changes never shift an item to a neighbouring day.
 */

export type DayKey = string;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The browser's zone (an IANA name), which the calendar draws its days in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The wall-clock reading of `instant` in `zone`. */
export function localParts(instant: Date | string, zone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function keyOf(year: number, month: number, day: number): DayKey {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The local day `instant` falls on in `zone`. */
export function dayOf(instant: Date | string, zone: string): DayKey {
  const p = localParts(instant, zone);
  return keyOf(p.year, p.month, p.day);
}

function asUtc(key: DayKey): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function addDays(key: DayKey, days: number): DayKey {
  const date = asUtc(key);
  date.setUTCDate(date.getUTCDate() + days);
  return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addMonths(key: DayKey, months: number): DayKey {
  const date = asUtc(key);
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** 0 Monday … 6 Sunday: weeks start on Monday (ISO 8601). */
export function weekdayOf(key: DayKey): number {
  return (asUtc(key).getUTCDay() + 6) % 7;
}

export function startOfWeek(key: DayKey): DayKey {
  return addDays(key, -weekdayOf(key));
}

export function startOfMonth(key: DayKey): DayKey {
  return `${key.slice(0, 8)}01`;
}

/** The six weeks a month grid shows: from the Monday on or before the 1st, 42 days. */
export function monthGrid(key: DayKey): DayKey[] {
  const first = startOfWeek(startOfMonth(key));
  return Array.from({ length: 42 }, (_, i) => addDays(first, i));
}

export function weekDays(key: DayKey): DayKey[] {
  const first = startOfWeek(key);
  return Array.from({ length: 7 }, (_, i) => addDays(first, i));
}

/** Minutes `zone` is ahead of UTC at `instant` (+60 for Berlin in winter). */
export function offsetMinutes(instant: Date, zone: string): number {
  const p = localParts(instant, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time on `key` names in `zone`. The offset is the zone's at that time,
 * not at midnight or now: 23:30 on the day the clocks go back is read in winter time. The
 * offsets a day before and after bracket any change; whichever one reads back as the asked
 * time is it (the earlier of two in the hour that repeats). A time the clocks skip (02:30 when
 * they spring forward) lands just after the gap.
 */
export function instantAt(
  key: DayKey,
  time: { hour: number; minute: number; second?: number },
  zone: string,
): Date {
  const [y, m, d] = key.split('-').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, time.hour, time.minute, time.second ?? 0);
  const day = 86_400_000;
  const before = offsetMinutes(new Date(wall - day), zone);
  const after = offsetMinutes(new Date(wall + day), zone);
  const candidates = [wall - before * 60_000, wall - after * 60_000].sort((a, b) => a - b);
  const exact = candidates.find((t) => wall - offsetMinutes(new Date(t), zone) * 60_000 === t);
  return new Date(exact ?? wall - before * 60_000);
}

/** `instant` moved to another local day, keeping its local time of day in `zone`. */
export function moveToDay(instant: Date | string, key: DayKey, zone: string): Date {
  const p = localParts(instant, zone);
  return instantAt(key, { hour: p.hour, minute: p.minute, second: p.second }, zone);
}

/** ISO 8601 with the zone's offset at that instant: `2030-10-27T23:30:00+01:00`. */
export function isoWithOffset(instant: Date, zone: string): string {
  const p = localParts(instant, zone);
  const offset = offsetMinutes(instant, zone);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${keyOf(p.year, p.month, p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** `HH:mm` for a `datetime-local` input and the chips. */
export function timeOfDay(instant: Date | string, zone: string): string {
  const p = localParts(instant, zone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** A `datetime-local` value (`2030-10-27T23:30`) read in `zone`; null when malformed. */
export function fromLocalInput(value: string, zone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  const [, date, hour, minute] = match ?? [];
  if (!date) return null;
  return instantAt(date, { hour: Number(hour), minute: Number(minute) }, zone);
}

export function toLocalInput(instant: Date | string, zone: string): string {
  return `${dayOf(instant, zone)}T${timeOfDay(instant, zone)}`;
}

/** A day key shown in the user's language (`{weekday: 'long', day: 'numeric', …}`). */
export function formatDay(key: DayKey, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(asUtc(key));
}

/** Entries by the local day their time falls on in `zone`, each day in time order. */
export function byDay<T extends { at: string }>(entries: readonly T[], zone: string) {
  const days = new Map<DayKey, T[]>();
  for (const entry of [...entries].sort((a, b) => a.at.localeCompare(b.at))) {
    const day = dayOf(entry.at, zone);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return days;
}
