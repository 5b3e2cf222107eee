/** Ledger document of a cycle's reminders, escalation, compile and summary. */
export function cycleDoc(cycleId: string): string {
  return `cycle-${cycleId}`;
}

/** Ledger document of a year's automatic openings and meeting nudges. */
export function autoDoc(year: string | number): string {
  return `auto-${year}`;
}
