import { criteriaOfUnits } from '../../domain/self-assessment/criteria-of-units.ts';
import { assessmentTable } from '../../domain/self-assessment/report-table.ts';
import { assessmentTotals } from '../../domain/self-assessment/totals.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { TAB } from '../../i18n/tab-strings.ts';
import { XLSX_TYPE } from '../../report/xlsx-sheet.ts';
import { safeFileName } from '../../util/safe-file-name.ts';
import type { AppServices } from '../app-services.ts';
import type { Member } from '../../domain/committee/committee.ts';
import { criteriaSet } from '../self-assessment/criteria-sets.ts';
import { officeTable, reportFiles, tableWorkbook } from '../self-assessment/report-files.ts';
import { reportId, SelfAssessmentRepo } from '../self-assessment/self-assessment-repo.ts';
import { SynthesisRepo } from '../synthesis/synthesis-repo.ts';
import { requireFileScope, type Download } from './downloads.ts';

/** Whether the year's "Báo cáo tự chấm điểm" exists yet (it does once the table was compiled). */
export async function hasSelfAssessmentReport(app: AppServices, year: number): Promise<boolean> {
  return (await new SynthesisRepo(app.store).get(reportId(year))) !== undefined;
}

/**
 * The self-assessment files of a year: the Office's table (.xlsx, as compiled for trình ký) and the
 * report (.docx, once compiled) for leaders (selfAssessment.viewAll); a unit's own criteria as .xlsx
 * for that unit's head or deputy. Always Vietnamese: they are the Office's documents.
 */
export async function selfAssessmentDownload(app: AppServices, member: Member, year: number, format: 'xlsx' | 'docx', unitId?: string): Promise<Download> {
  await requireFileScope(app, member, 'selfAssessment.viewAll', unitId);
  const repo = new SelfAssessmentRepo(app.store);
  const sa = await repo.get(year);
  const set = sa ? criteriaSet(app, year) : undefined;
  if (!sa || !set) throw new ValidationError('year', `no self-assessment open for ${year}`);
  if (unitId !== undefined) {
    if (format === 'docx' || !sa.units.includes(unitId)) throw new ValidationError('unit', 'no such file for this unit');
    const own = criteriaOfUnits(set, [unitId]);
    const rows = assessmentTable(own, assessmentTotals(own, await repo.allScores(sa)));
    const content = await tableWorkbook(app, year, own, rows, [TAB.vi.unitSheetNote(app.roster.unit(unitId)?.name ?? unitId)]);
    return { name: safeFileName(`bang-tu-cham-diem-cchc-${year}-${unitId}`, 'xlsx'), contentType: XLSX_TYPE, content };
  }
  const synthesis = await new SynthesisRepo(app.store).get(reportId(year));
  if (synthesis) {
    const file = (await reportFiles(app, sa, set, synthesis)).find((f) => f.name.endsWith(`.${format}`))!;
    return { name: file.name, contentType: file.contentType, content: file.content };
  }
  if (format === 'docx') throw new ValidationError('year', `the ${year} self-assessment report is not compiled yet`);
  const { rows } = await officeTable(app, sa, set);
  return { name: safeFileName(`bang-tu-cham-diem-cchc-${year}`, 'xlsx'), contentType: XLSX_TYPE, content: await tableWorkbook(app, year, set, rows) };
}
