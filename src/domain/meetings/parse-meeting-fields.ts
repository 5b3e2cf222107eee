import { isIsoDate } from '../calendar/index.ts';
import { MeetingInputError } from './meeting-input-error.ts';

/** 'dd/mm/yyyy' (or already 'yyyy-mm-dd', as Input.Date sends) to 'yyyy-mm-dd'; throws on an impossible date. */
export function parseMeetingDate(text: string): string {
  const raw = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : raw;
  if (!isIsoDate(iso)) throw new MeetingInputError('date', raw);
  return iso;
}

/** '9:00', '9h', '9h30', '14g' to 'HH:mm'. */
export function parseMeetingTime(text: string): string {
  const m = /^(\d{1,2})\s*(?:[:hg]\s*(\d{2})?)?$/i.exec(text.trim());
  const hours = Number(m?.[1]);
  const minutes = Number(m?.[2] ?? '0');
  if (!m || hours > 23 || minutes > 59) throw new MeetingInputError('time', text.trim());
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A positive whole number of minutes (form input), or a number with a unit: '90 phút', '2 giờ', '1h'. */
export function parseDurationMinutes(text: string): number {
  const m = /^(\d+(?:[.,]\d+)?)\s*(phút|phut|p|min|mins|minutes?|giờ|gio|tiếng|tieng|h|hours?)?$/i.exec(text.trim().normalize('NFC'));
  if (!m) throw new MeetingInputError('duration', text.trim());
  const value = Number(m[1]!.replace(',', '.'));
  const hours = m[2] !== undefined && /^(giờ|gio|tiếng|tieng|h|hours?)$/i.test(m[2]);
  const minutes = Math.round(hours ? value * 60 : value);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new MeetingInputError('end-before-start', text.trim());
  return minutes;
}

/** Agenda items: one per line (form) or separated by ';' (one-line command). */
export function splitAgenda(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((item) => item.trim().replace(/^[-•*\d.)\s]+(?=\S)/u, '').trim())
    .filter(Boolean);
}
