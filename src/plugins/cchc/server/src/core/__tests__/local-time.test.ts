import { localDateIn, offsetAt, rfc3339In, rfc822In, withZone } from '../local-time';

const HANOI = 'Asia/Ho_Chi_Minh';

describe('local time of the configured zone', () => {
  test('an editor in Hà Nội who types 08:00 means 08:00 there', () => {
    expect(withZone('2026-12-01T08:00', HANOI)).toBe('2026-12-01T08:00+07:00');
    expect(withZone('2026-12-01 08:00:30', HANOI)).toBe('2026-12-01T08:00:30+07:00');
    expect(new Date(withZone('2026-12-01T08:00', HANOI) as string).toISOString()).toBe(
      '2026-12-01T01:00:00.000Z'
    );
  });

  test.each([['2026-12-01T08:00:00Z'], ['2026-12-01T08:00:00+09:00'], ['1 tháng 12'], ['']])(
    'a time with its own offset, or no time at all, is left as it is: %s',
    (value) => {
      expect(withZone(value, HANOI)).toBe(value);
    }
  );

  test('values that are not text pass through', () => {
    const at = new Date();
    expect(withZone(at, HANOI)).toBe(at);
    expect(withZone(null, HANOI)).toBeNull();
  });

  test('zones with summer time take the offset of that day', () => {
    expect(offsetAt('Europe/Berlin', new Date('2026-07-01T12:00:00Z'))).toBe('+02:00');
    expect(offsetAt('Europe/Berlin', new Date('2026-01-01T12:00:00Z'))).toBe('+01:00');
    expect(offsetAt('UTC', new Date())).toBe('+00:00');
  });

  test('feed dates in the zone', () => {
    const at = new Date('2026-11-26T16:28:24Z');
    expect(rfc3339In(HANOI, at)).toBe('2026-11-26T23:28:24+07:00');
    expect(rfc822In(HANOI, at)).toBe('Thu, 26 Nov 2026 23:28:24 +0700');
    // after 17:00 UTC it is already the next day in Hà Nội
    expect(localDateIn(HANOI, new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27');
  });
});
