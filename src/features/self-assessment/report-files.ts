import type { CriteriaSet } from '../../domain/par-criteria/criteria-schema.ts';
import { assessmentTable, type TableRow } from '../../domain/self-assessment/report-table.ts';
import type { SelfAssessment } from '../../domain/self-assessment/self-assessment.ts';
import { assessmentTotals, type AssessmentTotals } from '../../domain/self-assessment/totals.ts';
import { signedVersion, type Synthesis } from '../../domain/synthesis/synthesis.ts';
import { SELF_ASSESSMENT as S } from '../../i18n/self-assessment-strings.ts';
import { renderSelfAssessmentDocument } from '../../report/self-assessment-document.ts';
import { selfAssessmentWorkbook } from '../../report/self-assessment-xlsx.ts';
import { XLSX_TYPE } from '../../report/xlsx-sheet.ts';
import { safeFileName } from '../../util/safe-file-name.ts';
import type { AppServices } from '../app-services.ts';
import type { MailAttachment } from '../ports.ts';
import { DOCX_TYPE, officeLetterhead } from '../report-document.ts';
import { criteriaSet } from './criteria-sets.ts';
import { SelfAssessmentRepo } from './self-assessment-repo.ts';

/** The Office's table of a year: totals, rows, and last year's totals where last year was assessed. */
export async function officeTable(app: AppServices, sa: SelfAssessment, set: CriteriaSet): Promise<{ totals: AssessmentTotals; rows: TableRow[]; lastYear?: AssessmentTotals }> {
  const repo = new SelfAssessmentRepo(app.store);
  const totals = assessmentTotals(set, await repo.allScores(sa));
  const previous = await repo.get(sa.year - 1);
  const previousSet = criteriaSet(app, sa.year - 1);
  const lastYear = previous && previousSet ? assessmentTotals(previousSet, await repo.allScores(previous)) : undefined;
  return { totals, rows: assessmentTable(set, totals, lastYear), ...(lastYear ? { lastYear } : {}) };
}

/** A self-assessment table as the Office's .xlsx: letterhead, title, the set's notes (and any `extraNotes`, e.g. the unit it covers). */
export function tableWorkbook(app: AppServices, year: number, set: CriteriaSet, rows: readonly TableRow[], extraNotes: string[] = []): Promise<Buffer> {
  const s = S.vi;
  return selfAssessmentWorkbook(
    { organisation: officeLetterhead(app).issuingBody, title: s.report.title(year), notes: [set.title, ...(set.illustrative ? [s.illustrative] : []), ...extraNotes], year, unitName: (id) => app.roster.unit(id)?.name ?? id },
    rows,
  );
}

/**
 * The table as .xlsx and the "Báo cáo tự chấm điểm" as a Decree 30 .docx, from the version signed
 * (or the latest draft), numbered and dated once approved.
 */
export async function reportFiles(app: AppServices, sa: SelfAssessment, set: CriteriaSet, synthesis: Synthesis): Promise<MailAttachment[]> {
  const { rows } = await officeTable(app, sa, set);
  const version = signedVersion(synthesis);
  const approval = synthesis.approval;
  const issuedOn = approval ? new Date(`${approval.issuedOn}T12:00:00+07:00`) : app.clock();
  const s = S.vi;
  const letterhead = officeLetterhead(app);
  const docx = await renderSelfAssessmentDocument(
    {
      year: sa.year,
      subject: s.report.subject(sa.year),
      source: set.source,
      ...(set.illustrative ? { illustrativeNote: s.illustrative } : {}),
      rows,
      strengths: version.text.strengths,
      limitations: version.text.limitations,
      recommendations: version.text.recommendations,
      ...(approval ? { number: approval.number } : {}),
    },
    letterhead,
    issuedOn,
  );
  const xlsx = await tableWorkbook(app, sa.year, set, rows);
  const base = `bao-cao-tu-cham-diem-cchc-${sa.year}${approval ? `-so-${approval.number}` : `-du-thao-v${version.version}`}`;
  return [
    { name: safeFileName(base, 'docx'), contentType: DOCX_TYPE, content: docx },
    { name: safeFileName(`bang-tu-cham-diem-cchc-${sa.year}`, 'xlsx'), contentType: XLSX_TYPE, content: xlsx },
  ];
}
