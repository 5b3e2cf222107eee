/** The register's counter for one year: the last number given. */
export interface NumberCounter {
  year: number;
  last: number;
}

/** A number typed by whoever keeps the register: digits only, 1–6 of them ("15", not "15/BC-VP"); undefined otherwise. */
export function parseTypedNumber(text: string): string | undefined {
  const t = text.trim();
  return /^[0-9]{1,6}$/.test(t) && Number(t) > 0 ? String(Number(t)) : undefined;
}

/** The next number of the year's counter: numbering starts again each year at `start` (configuration). */
export function nextCounterNumber(counter: NumberCounter | undefined, year: number, start: number): NumberCounter {
  if (!counter || counter.year !== year) return { year, last: start };
  return { year, last: counter.last + 1 };
}
