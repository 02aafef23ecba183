import {
  addDays,
  addMonths,
  dayOf,
  fromLocalInput,
  instantAt,
  isoWithOffset,
  monthGrid,
  moveToDay,
  weekDays,
} from './calendar-dates';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

describe('calendar days in a time zone', () => {
  it('puts 23:30 on the day the clocks go back on that local day, not the next', () => {
    // 27 Oct 2030, Berlin: CEST (+2) until 03:00, then CET (+1). 23:30 CET is 22:30Z; read
    // with the morning's +2 it would be 00:30 on the 28th.
    expect(dayOf('2030-10-27T22:30:00Z', BERLIN)).toBe('2030-10-27');
    expect(dayOf('2030-10-27T23:30:00Z', BERLIN)).toBe('2030-10-28');
    // New York falls back on 3 Nov 2030: 23:30 EST is 04:30Z on the 4th.
    expect(dayOf('2030-11-04T04:30:00Z', NEW_YORK)).toBe('2030-11-03');
    expect(dayOf('2030-11-04T04:30:00Z', 'UTC')).toBe('2030-11-04');
  });

  it('reads a wall-clock time with the offset in force then, across both changes', () => {
    expect(instantAt('2030-10-27', { hour: 23, minute: 30 }, BERLIN).toISOString()).toBe(
      '2030-10-27T22:30:00.000Z',
    );
    expect(instantAt('2030-10-27', { hour: 0, minute: 30 }, BERLIN).toISOString()).toBe(
      '2030-10-26T22:30:00.000Z',
    );
    expect(instantAt('2030-03-10', { hour: 4, minute: 0 }, NEW_YORK).toISOString()).toBe(
      '2030-03-10T08:00:00.000Z',
    );
    // 02:30 does not exist when Berlin springs forward: just after the gap.
    expect(instantAt('2030-03-31', { hour: 2, minute: 30 }, BERLIN).toISOString()).toBe(
      '2030-03-31T01:30:00.000Z',
    );
    expect(fromLocalInput('2030-11-03T23:30', NEW_YORK)?.toISOString()).toBe(
      '2030-11-04T04:30:00.000Z',
    );
  });

  it('moves an item to another day at the same local time, even over a DST change', () => {
    // 09:00 CEST on Friday 25 Oct → Monday 28 Oct, now CET: still 09:00 there.
    const moved = moveToDay('2030-10-25T07:00:00Z', '2030-10-28', BERLIN);
    expect(moved.toISOString()).toBe('2030-10-28T08:00:00.000Z');
    expect(isoWithOffset(moved, BERLIN)).toBe('2030-10-28T09:00:00+01:00');
    expect(isoWithOffset(new Date('2030-06-01T12:00:00Z'), NEW_YORK)).toBe(
      '2030-06-01T08:00:00-04:00',
    );
  });

  it('lays out six Monday-first weeks for a month and seven days for a week', () => {
    const grid = monthGrid('2030-10-15');
    expect(grid).toHaveLength(42);
    expect(grid[0]).toBe('2030-09-30');
    expect(grid.at(-1)).toBe('2030-11-10');
    expect(weekDays('2030-10-27')).toEqual([
      '2030-10-21',
      '2030-10-22',
      '2030-10-23',
      '2030-10-24',
      '2030-10-25',
      '2030-10-26',
      '2030-10-27',
    ]);
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
    expect(addMonths('2030-01-31', 1)).toBe('2030-02-01');
  });
});
