import { isIsoDate } from '../calendar/index.ts';

/** A period of two calendar dates as written in a command, or why it could not be read. */
export type ParsedPeriod = { ok: true; from: string; to: string } | { ok: false; bad?: string };

const DMY = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/g;

/**
 * Reads `<từ ngày> <đến ngày>` written dd/mm/yyyy, with or without the words around them
 * ("từ 05/12/2026 đến 20/12/2026", "from 05/12/2026 to 20/12/2026"); exactly two dates.
 */
export function parsePeriod(text: string): ParsedPeriod {
  const found = [...text.matchAll(DMY)];
  if (found.length !== 2) return { ok: false };
  const dates: string[] = [];
  for (const m of found) {
    const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    if (!isIsoDate(iso)) return { ok: false, bad: m[0] };
    dates.push(iso);
  }
  return { ok: true, from: dates[0]!, to: dates[1]! };
}
