import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { criteriaSetSchema, type CriteriaSet } from '../domain/par-criteria/criteria-schema.ts';
import { DataFileError } from '../errors/data-file-error.ts';

const SET_FILE = /^(20\d{2})\.json$/;

/** Where in the set an issue is: entry `areas[2].criteria[0] (3.1)` and the field below it. */
function locate(raw: unknown, issuePath: readonly PropertyKey[]): { entry: string; field: string } {
  const parts: string[] = [];
  let node: unknown = raw;
  let field = '(toàn bộ)';
  for (let i = 0; i < issuePath.length; i++) {
    const key = String(issuePath[i]);
    const index = issuePath[i + 1];
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (typeof index === 'number') {
      node = (node as unknown[] | undefined)?.[index];
      const id = (node as { id?: unknown } | undefined)?.id;
      parts.push(`${key}[${index}]${typeof id === 'string' ? ` (${id})` : ''}`);
      field = '(toàn bộ)';
      i++;
    } else field = key;
  }
  return { entry: parts.join('.') || '(gốc)', field };
}

/** Validates one criteria set; throws DataFileError naming file, entry and field of the first problem. */
export function validateCriteriaSet(raw: unknown, file: string, year: number, unitIds: ReadonlySet<string>): CriteriaSet {
  const result = criteriaSetSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const { entry, field } = locate(raw, issue.path);
    throw new DataFileError(file, entry, field, issue.message);
  }
  const { $schema: _s, $comment: _c, ...set } = result.data;
  if (set.year !== year) throw new DataFileError(file, '(gốc)', 'year', `${set.year} khác năm trong tên tệp ${year} / differs from the year in the file name`);
  const seen = new Set<string>();
  for (const [a, area] of set.areas.entries()) {
    for (const [c, criterion] of area.criteria.entries()) {
      for (const [s, item] of [criterion, ...(criterion.subCriteria ?? [])].entries()) {
        const entry = s === 0 ? `areas[${a}].criteria[${c}] (${item.id})` : `areas[${a}].criteria[${c}].subCriteria[${s - 1}] (${item.id})`;
        if (seen.has(item.id)) throw new DataFileError(file, entry, 'id', `"${item.id}" bị trùng / appears twice`);
        seen.add(item.id);
        for (const unit of item.units ?? []) {
          if (!unitIds.has(unit)) throw new DataFileError(file, entry, 'units', `"${unit}" không phải đơn vị trong data/committee.json / is not a unit of data/committee.json`);
        }
      }
    }
  }
  return set;
}

/** Every `<year>.json` in the criteria folder, validated (a missing folder is no set at all). */
export async function readCriteriaSets(dir: string, unitIds: ReadonlySet<string>): Promise<Map<number, CriteriaSet>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const sets = new Map<number, CriteriaSet>();
  for (const name of names.filter((n) => SET_FILE.test(n)).sort()) {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new DataFileError(file, '(tệp)', '(JSON)', `JSON không hợp lệ / is not valid JSON (${(error as Error).message})`);
    }
    const year = Number(SET_FILE.exec(name)![1]);
    sets.set(year, validateCriteriaSet(raw, file, year, unitIds));
  }
  return sets;
}
