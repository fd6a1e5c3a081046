// Dates as feeds and spreadsheets write them, to epoch milliseconds.

/**
 * RFC 822/2822 (RSS pubDate), ISO 8601 (Atom, JSON Feed), plain dates (2026-03-01) and the
 * day-first dates French spreadsheets use (01/03/2026). Null when it cannot be read.
 */
export function parseDate(raw: string | number | undefined | null): number | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const text = raw.trim();
  if (!text) return null;

  // dd/mm/yyyy or dd.mm.yyyy: day first, as in France (US month-first files are ambiguous,
  // and the documented formats are ISO 8601 and RFC 822).
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dayFirst) {
    const [, d, m, y] = dayFirst;
    const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
    const check = new Date(time);
    return check.getUTCDate() === Number(d) && check.getUTCMonth() === Number(m) - 1 ? time : null;
  }
  // A bare ISO date is midnight UTC (Date.parse agrees); with a time and no zone, also UTC,
  // so the same file reads the same on every machine.
  const isoNoZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text);
  // Some feeds write "Tues," or "Thurs,"; and a few omit the seconds. Date.parse copes with
  // the latter; the former needs trimming to three letters.
  const cleaned = isoNoZone ? `${text}Z` : text.replace(/^([A-Za-z]{3})[a-z]*,/, '$1,');
  const time = Date.parse(cleaned);
  return Number.isNaN(time) ? null : time;
}
