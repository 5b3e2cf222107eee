import { readFile } from 'node:fs/promises';
import { validateCommittee, RosterError } from '../domain/committee/validate-committee.ts';
import type { Committee } from '../domain/committee/committee.ts';

/** Reads and validates the committee roster; a bad file stops the start naming file, entry and field. */
export async function readCommitteeFile(file: string): Promise<Committee> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RosterError(file, '(tệp)', '(tệp)', `không đọc được tệp: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RosterError(file, '(tệp)', '(JSON)', `JSON không hợp lệ: ${(error as Error).message}`);
  }
  return validateCommittee(raw, file);
}
