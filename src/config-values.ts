import { z } from 'zod';

/**
 * zod schemas for the values of single environment variables, and the reader that collects a bad
 * value as one bilingual problem (`NAME="value" what is wrong / in English`) instead of stopping at
 * it, so readConfig can list every problem at once.
 */

type Env = Record<string, string | undefined>;

/** An integer from `min` to `max` ("12", " 12 "); anything else is one message naming the range. */
export function integer(min: number, max: number, message = `phải là số nguyên từ ${min} đến ${max} / must be an integer between ${min} and ${max}`) {
  return z.coerce.number<string>({ error: message }).int(message).min(min, message).max(max, message);
}

/** A wall-clock time written HH:mm, 00:00–23:59. */
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'phải có dạng HH:mm / must be HH:mm');

/** Working-day offsets such as "3,1" (also separated by ; or |), each 0–30; empty items are dropped, never read as 0. */
export const dayList = z
  .string()
  .transform((raw) => raw.split(/[,;|]/).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(integer(0, 30, 'phải là danh sách số ngày làm việc 0–30, ví dụ "3,1" / must be a list of working days 0–30 like "3,1"')));

/** One of the given words, e.g. DEADLINE_POLICY next | previous. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `phải là ${values.join(' hoặc ')} / must be ${values.join(' or ')}` });
}

/**
 * The value of `name` parsed by `schema`, or `fallback` when the variable is unset or blank. A bad
 * value adds `NAME="value" problem` to `problems` and yields the fallback, so reading goes on.
 */
export function readVar<T>(env: Env, name: string, schema: z.ZodType<T>, fallback: T, problems: string[]): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  problems.push(`${name}="${raw}" ${result.error.issues[0]?.message ?? ''}`.trimEnd());
  return fallback;
}
