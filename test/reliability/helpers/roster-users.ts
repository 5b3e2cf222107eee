import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUser, type TeamsUser } from '../../helpers/activities.ts';

const COMMITTEE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/committee.json');

interface RosterFile {
  members: Array<{ id: string; name: string; aadObjectId?: string; roles: string[] }>;
  units: Array<{ id: string; head: string; deputy?: string; parAreas: string[] }>;
}

/** The demo committee the child process reads (data/committee.json). */
export const ROSTER = JSON.parse(readFileSync(COMMITTEE, 'utf8')) as RosterFile;

/** The Teams user of a roster member of data/committee.json. */
export function rosterUser(memberId: string): TeamsUser {
  const member = ROSTER.members.find((m) => m.id === memberId);
  if (!member?.aadObjectId) throw new Error(`no member ${memberId} with an Entra object id in data/committee.json`);
  return createUser({ aadObjectId: member.aadObjectId, name: member.name });
}

/** The first PAR area of a unit: the input id `area_<area>` of its report card. */
export function firstArea(unitId: string): string {
  const unit = ROSTER.units.find((u) => u.id === unitId);
  if (!unit) throw new Error(`no unit ${unitId}`);
  return `area_${unit.parAreas[0]}`;
}

/** A year whose quarter IV deadline is always in the future, so child-process tests never depend on today's date. */
export function futureYear(): number {
  return new Date().getUTCFullYear() + 1;
}

/** A weekday (Tue–Thu) in November of `year` as dd/mm/yyyy: no official holiday falls in November. */
export function novemberWeekday(year: number): string {
  for (let day = 3; ; day++) {
    const weekday = new Date(Date.UTC(year, 10, day)).getUTCDay();
    if (weekday >= 2 && weekday <= 4) return `${String(day).padStart(2, '0')}/11/${year}`;
  }
}
