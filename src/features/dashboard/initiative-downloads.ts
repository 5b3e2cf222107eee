import type { Member } from '../../domain/committee/committee.ts';
import { XLSX_TYPE } from '../../report/xlsx-sheet.ts';
import { safeFileName } from '../../util/safe-file-name.ts';
import type { AppServices } from '../app-services.ts';
import { listInitiatives } from '../initiatives/initiative-repo.ts';
import { recognisedCsv, recognisedTable, recognisedXlsx } from '../initiatives/recognised-table.ts';
import { requireFileScope, type Download } from './downloads.ts';

/**
 * The year's recognised initiatives by unit, as the chat's `initiative.export` writes them: the whole
 * committee's for those who see every initiative (initiative.viewAll), one unit's for its head or deputy.
 */
export async function initiativesDownload(app: AppServices, member: Member, year: number, format: 'csv' | 'xlsx', unitId?: string): Promise<Download> {
  await requireFileScope(app, member, 'initiative.viewAll', unitId);
  const all = await listInitiatives(app);
  const table = recognisedTable(unitId === undefined ? all : all.filter((i) => i.unitId === unitId), year, app.roster);
  const name = safeFileName(`sang-kien-duoc-cong-nhan-${year}${unitId === undefined ? '' : `-${unitId}`}`, format);
  if (format === 'csv') return { name, contentType: 'text/csv; charset=utf-8', content: recognisedCsv(table) };
  return { name, contentType: XLSX_TYPE, content: await recognisedXlsx(table, year) };
}
