import type { Member } from '../../domain/committee/committee.ts';
import { ForbiddenError, ValidationError } from '../../errors/app-errors.ts';
import { XLSX_TYPE, xlsxWorkbook } from '../../report/xlsx-sheet.ts';
import { safeFileName } from '../../util/safe-file-name.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { can, type Action } from '../../domain/committee/permissions.ts';
import { statsCsv, statsTable } from '../history/stats-csv.ts';
import { latestReportQuarter, loadStats } from '../history/stats-data.ts';
import { DOCX_TYPE, renderCycleDocument } from '../report-document.ts';
import { ownUnitIds } from '../plan/plan-command.ts';
import { CHART_QUARTERS } from './dashboard-view.ts';

/** A file the tab offers: its name, type and bytes. */
export interface Download {
  name: string;
  contentType: string;
  content: Buffer | string;
}

async function requireAction(app: AppServices, member: Member, action: 'report.stats' | 'report.history'): Promise<void> {
  if (!can(member, action, await permissionContext(app))) throw new ForbiddenError(action);
}

/**
 * Who may have a file: a whole-committee file needs `action` (a leader's); one unit's file, `action`
 * or heading (deputising) that unit — a unit head asking for another unit's is refused, as in chat.
 */
export async function requireFileScope(app: AppServices, member: Member, action: Action, unitId?: string): Promise<void> {
  if (can(member, action, await permissionContext(app))) return;
  if (unitId === undefined || !ownUnitIds(app, member.id).includes(unitId)) throw new ForbiddenError(action);
}

/** The `thống kê` statistics of the chart's window as CSV or .xlsx (the same table as the chat's CSV export). */
export async function statsDownload(app: AppServices, member: Member, format: 'csv' | 'xlsx'): Promise<Download> {
  await requireAction(app, member, 'report.stats');
  const view = await loadStats(app, await latestReportQuarter(app), CHART_QUARTERS);
  const stem = `thong-ke-bao-cao-cchc-${view.quarters[0]?.id ?? ''}-${view.quarters.at(-1)?.id ?? ''}`;
  if (format === 'csv') return { name: safeFileName(stem, 'csv'), contentType: 'text/csv; charset=utf-8', content: statsCsv(view) };
  return { name: safeFileName(stem, 'xlsx'), contentType: XLSX_TYPE, content: xlsxWorkbook('Thống kê', statsTable(view)) };
}

/** The official .docx of a report that was sent to the chief (report.history, as `báo cáo quý …`). */
export async function reportDownload(app: AppServices, member: Member, cycleId: string): Promise<Download> {
  await requireAction(app, member, 'report.history');
  const cycle = await app.cycles.fromCard(cycleId);
  const report = cycle?.state === 'sent' ? await app.cycles.getCompiled(cycle.id) : undefined;
  if (!cycle || !report) throw new ValidationError('cycleId', 'no sent report for this cycle');
  const doc = await renderCycleDocument(app, cycle, report);
  return { name: doc.name, contentType: DOCX_TYPE, content: doc.content };
}
