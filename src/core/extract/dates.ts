/** Calendar arithmetic and month names. Pure (Date.UTC only), never throws. */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names and abbreviations, lowercase. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS);

/** Month names and abbreviations, longest first, no groups. Use with the `i` flag and a trailing `\b`. */
export const MONTH_SOURCE = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;

export const monthNumber = (name: string): number => {
  const lower = name.toLowerCase();
  return MONTHS[lower.endsWith('.') ? lower.slice(0, -1) : lower] ?? 0;
};

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const daysInMonth = (y: number, m: number): number => {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
};

export const isValidDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** Proleptic Gregorian weekday of a valid date, 0 = Sunday (Sakamoto's method; timezone-free). */
export const weekdayIndex = (y: number, m: number, d: number): number => {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const yy = m < 3 ? y - 1 : y;
  return (((yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + t[m - 1] + d) % 7) + 7) % 7;
};

/** English weekday of a valid date. */
export const weekdayOf = (y: number, m: number, d: number): string => WEEKDAYS[weekdayIndex(y, m, d)];

/** "December" for 12; "month 13" when there is no such month. */
export const monthName = (m: number): string => {
  const name = Number.isInteger(m) && m >= 1 && m <= 12 ? MONTH_NAMES[m - 1] : undefined;
  return name ? name[0].toUpperCase() + name.slice(1) : `month ${m}`;
};

export const isoDate = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The `YYYY-MM-DD` of a Date (UTC). */
export const isoOf = (d: Date): string => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** A date written `YYYY-MM-DD` (year, month and day captured; not validated). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
