import { localDate, localTime } from '../../domain/calendar/index.ts';
import { formatDate } from '../../domain/cycles/quarter.ts';

/** "10/12/2026 09:15" in Vietnam time, for cards and messages. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  return `${formatDate(localDate(d))} ${localTime(d)}`;
}
