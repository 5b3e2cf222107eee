import { readFile } from 'node:fs/promises';
import { validateCommittee, RosterError } from '../domain/committee/validate-committee.ts';
import type { Committee } from '../domain/committee/committee.ts';

/** Reads and validates the committee roster; a bad file stops the start naming file, entry and field. */
export async function readCommitteeFile(file: string): Promise<Committee> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RosterError(file, '(tệp)', '(tệp)', `không đọc được tệp / cannot read the file (${(error as Error).message}); kiểm tra đường dẫn COMMITTEE_FILE và quyền đọc / check the COMMITTEE_FILE path and permissions`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RosterError(file, '(tệp)', '(JSON)', `JSON không hợp lệ / is not valid JSON (${(error as Error).message}); sửa cú pháp / fix the syntax`);
  }
  return validateCommittee(raw, file);
}
