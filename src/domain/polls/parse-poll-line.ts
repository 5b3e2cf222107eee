import { isIsoDate } from '../calendar/index.ts';
import { parseOptions } from './poll-rules.ts';

/** A poll as written in one command line, or what is missing from it. */
export type ParsedPollLine =
  | { ok: true; deadline: string; question: string; options: string[] }
  | { ok: false; problem: 'no-deadline' | 'no-question' } | { ok: false; problem: 'bad-date'; text: string };

const DEADLINE = /(?:^|\s)(?:hạn|han|due)\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*:?/iu;

/**
 * Reads `hạn dd/mm/yyyy: <câu hỏi> [| phương án 1; phương án 2 …]` (`due dd/mm/yyyy: <question> | …`);
 * without two options or more the default set (agree / disagree / another view) is used.
 */
export function parsePollLine(text: string): ParsedPollLine {
  const m = DEADLINE.exec(text);
  if (!m) return { ok: false, problem: 'no-deadline' };
  const deadline = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!isIsoDate(deadline)) return { ok: false, problem: 'bad-date', text: `${m[1]}/${m[2]}/${m[3]}` };
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).trim().replace(/^:\s*/, '');
  const [question = '', options = ''] = rest.split('|', 2).map((p) => p.trim());
  if (!question) return { ok: false, problem: 'no-question' };
  return { ok: true, deadline, question, options: parseOptions(options) };
}
