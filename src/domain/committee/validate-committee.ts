import { CodedError, ErrorCode } from '../../errors/coded-error.ts';
import type { Committee } from './committee.ts';
import { committeeSchema } from './committee-schema.ts';

/** The committee file is wrong; the message names the file, the entry and the field. */
export class RosterError extends CodedError {
  readonly file: string;
  readonly entry: string;
  readonly field: string;
  readonly problem: string;

  constructor(file: string, entry: string, field: string, problem: string) {
    super(ErrorCode.RosterInvalid, `${file}: ${entry} — trường "${field}": ${problem}`, {
      remedy: `Sửa trường "${field}" của ${entry} trong ${file} rồi khởi động lại / fix field "${field}" of ${entry} in ${file} and restart`,
    });
    this.file = file;
    this.entry = entry;
    this.field = field;
    this.problem = problem;
  }
}

type Path = readonly PropertyKey[];

/** The entry an issue is about, as the administrator finds it in the file: `members[3] (thu-ky)`, `organisation`, `(gốc)`. */
function entryOf(raw: unknown, path: Path): string {
  const [list, index] = path;
  if (typeof list !== 'string') return '(gốc)';
  if (typeof index !== 'number') return path.length > 1 ? list : '(gốc)';
  const item = (raw as Record<string, unknown[] | undefined>)[list]?.[index] as { id?: unknown } | undefined;
  return typeof item?.id === 'string' && item.id.trim() !== '' ? `${list}[${index}] (${item.id})` : `${list}[${index}]`;
}

/** The field an issue is about: the key below the entry, or "(toàn bộ)" when the entry itself is wrong. */
function fieldOf(path: Path): string {
  const [list, index, field] = path;
  if (typeof list !== 'string') return '(toàn bộ)';
  if (typeof index === 'number') return typeof field === 'string' ? field : '(toàn bộ)';
  return typeof index === 'string' ? index : list;
}

/** Validates parsed committee JSON against the committee schema; throws RosterError naming file, entry and field of the first problem. */
export function validateCommittee(raw: unknown, file: string): Committee {
  const result = committeeSchema.safeParse(raw);
  if (result.success) {
    const { $schema: _schema, ...committee } = result.data;
    return committee;
  }
  const issue = result.error.issues[0]!;
  throw new RosterError(file, entryOf(raw, issue.path), fieldOf(issue.path), issue.message);
}
