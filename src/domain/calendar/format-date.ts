import { localDate, localTime } from './local-time.ts';

/**
 * The one dd/mm/yyyy formatter, for a yyyy-mm-dd calendar date or an ISO timestamp (read in
 * Asia/Ho_Chi_Minh); the input itself when it is neither, so a bad value shows rather than vanishes.
 */
export function formatDate(iso: string): string {
  // A bare yyyy-mm-dd is a calendar date already; shifting it through a time zone could move it a day.
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (bare) return `${bare[3]}/${bare[2]}/${bare[1]}`;
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : formatDate(localDate(instant));
}

/** "10/12/2026 09:15": date and wall-clock time of an ISO timestamp in Asia/Ho_Chi_Minh, for cards and messages. */
export function formatInstant(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : `${formatDate(localDate(instant))} ${localTime(instant)}`;
}
