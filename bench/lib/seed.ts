import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Member, Roster } from '../../src/domain/committee/committee.ts';
import type { Cycle } from '../../src/domain/cycles/cycle.ts';
import { dataWindow, quarterId, quarterLabel, quarterSubject, type Quarter } from '../../src/domain/cycles/quarter.ts';
import type { UnitSubmission } from '../../src/domain/cycles/submission.ts';
import type { ConversationRefs, StoredConversation } from '../../src/store/conversation-refs.ts';
import { conversationOf, createUser, type TeamsUser } from '../../test/helpers/activities.ts';
import { pool } from './pool.ts';
import { reportAnswers } from './report-text.ts';

/** The Teams user of a roster member, with the ids the test activities use. */
export function teamsUser(member: Member): TeamsUser {
  return createUser({ aadObjectId: member.aadObjectId, name: member.name, locale: 'vi-VN' });
}

/** The reference the router itself would store for this member's 1:1 chat (so invokes do not rewrite it). */
export function storedRef(member: Member, serviceUrl: string): StoredConversation {
  const user = teamsUser(member);
  return {
    memberId: member.id,
    serviceUrl,
    channelId: 'msteams',
    tenantId: 'tenant-demo',
    conversationId: conversationOf(user),
    userId: user.id,
    aadObjectId: user.aadObjectId,
    botId: '28:cchc-bot',
    botName: 'CCHC Bot',
    locale: 'vi',
    updatedAt: '2026-11-30T02:00:00.000Z',
  };
}

/** Gives every member a conversation reference through the bot's own store (durable writes). */
export async function seedRefs(refs: ConversationRefs, roster: Roster, serviceUrl: string): Promise<void> {
  await pool(roster.committee.members, 32, (member) => refs.save(storedRef(member, serviceUrl)));
}

/** A quarterly cycle for every unit of the roster, open, as `mở báo cáo quý` stores it. */
export function quarterCycle(q: Quarter, roster: Roster, unitDeadline: string, openedBy: string): Cycle {
  const window = dataWindow(q);
  return {
    id: quarterId(q),
    kind: 'quarterly',
    label: quarterLabel(q, 'vi'),
    subject: quarterSubject(q),
    dataFrom: window.from,
    dataTo: window.to,
    unitDeadline,
    compileDeadline: unitDeadline,
    targetUnits: roster.committee.units.map((u) => u.id),
    state: 'open',
    openedBy,
    openedAt: `${window.from}T02:00:00.000Z`,
  };
}

/** Writes a JSON document where FileStore keeps it (DATA_DIR/<collection>/<id>.json). */
export async function writeDoc(dataDir: string, collection: string, id: string, doc: unknown): Promise<void> {
  const dir = path.join(dataDir, ...collection.split('/'));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${id}.json`), JSON.stringify(doc, null, 2), 'utf8');
}

/**
 * Writes `quarters` finished quarters before 2026 Q4 (sent, one submission per unit with answers of
 * about `chars` characters each) straight into the store's file layout; returns how many files.
 */
export async function writeHistory(dataDir: string, roster: Roster, quarters: number, chars: number): Promise<number> {
  let files = 0;
  for (let k = 1; k <= quarters; k++) {
    const index = 2026 * 4 + 3 - k; // quarters before 2026 Q4, newest first
    const q: Quarter = { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter['quarter'] };
    const cycle: Cycle = { ...quarterCycle(q, roster, dataWindow(q).to, 'thuong-truc'), state: 'sent', compiledAt: `${dataWindow(q).to}T09:00:00.000Z`, sentAt: `${dataWindow(q).to}T10:00:00.000Z` };
    await writeDoc(dataDir, 'cycles', cycle.id, cycle);
    await pool(roster.committee.units, 64, async (unit, i) => {
      const submission: UnitSubmission = {
        cycleId: cycle.id,
        unitId: unit.id,
        versions: [{ version: 1, submittedBy: unit.head, at: `${cycle.dataTo}T03:00:00.000Z`, late: false, answers: reportAnswers(unit, chars, i + k) }],
      };
      await writeDoc(dataDir, `cycles/${cycle.id}/submissions`, unit.id, submission);
    });
    files += 1 + roster.committee.units.length;
  }
  return files;
}
