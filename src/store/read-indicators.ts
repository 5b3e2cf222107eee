import { readFile } from 'node:fs/promises';
import { indicatorFileSchema, type Indicator } from '../domain/indicators/indicator-schema.ts';
import { DataFileError } from '../errors/data-file-error.ts';

/** Validates the indicator list; throws DataFileError naming file, entry (`indicators[2] (tthc-online)`) and field. */
export function validateIndicators(raw: unknown, file: string, unitIds: ReadonlySet<string>): Indicator[] {
  const result = indicatorFileSchema.safeParse(raw);
  const entryOf = (index: number | undefined): string => {
    if (index === undefined) return '(gốc)';
    const id = (raw as { indicators?: Array<{ id?: unknown }> } | undefined)?.indicators?.[index]?.id;
    return `indicators[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
  };
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const index = typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const field = issue.path.slice(index === undefined ? 0 : 2).map(String).join('.') || '(toàn bộ)';
    throw new DataFileError(file, entryOf(index), field, issue.message);
  }
  const seen = new Set<string>();
  for (const [i, indicator] of result.data.indicators.entries()) {
    if (seen.has(indicator.id)) throw new DataFileError(file, entryOf(i), 'id', `"${indicator.id}" bị trùng / appears twice`);
    seen.add(indicator.id);
    for (const unit of indicator.units ?? []) {
      if (!unitIds.has(unit)) throw new DataFileError(file, entryOf(i), 'units', `"${unit}" không phải đơn vị trong danh sách Ban Chỉ đạo / is not a unit of the committee file`);
    }
  }
  return result.data.indicators;
}

/** The indicator list of the committee (a missing file is an empty list: the form then asks no figures). */
export async function readIndicators(file: string, unitIds: ReadonlySet<string>): Promise<Indicator[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(file, '(tệp)', '(JSON)', `JSON không hợp lệ / is not valid JSON (${(error as Error).message})`);
  }
  return validateIndicators(raw, file, unitIds);
}
