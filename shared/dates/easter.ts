/**
 * Gregorian Easter Sunday, by the anonymous Gregorian algorithm (Meeus, Jones, Butcher): the
 * Sunday after the ecclesiastical full moon on or after 21 March. Valid for every Gregorian year;
 * the catalogue asks only for 1900–2200.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  const month = Math.floor(n / 31);
  const day = (n % 31) + 1;
  return `${String(year).padStart(4, '0')}-0${month}-${String(day).padStart(2, '0')}`;
}
