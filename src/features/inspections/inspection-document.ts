import { formatDate } from '../../domain/calendar/index.ts';
import type { Inspection } from '../../domain/inspections/inspection-model.ts';
import { INSPECTION } from '../../i18n/inspection-strings.ts';
import { renderInspectionDocument, type InspectionDocumentView } from '../../report/inspection-body.ts';
import { slugify } from '../../report/report-file-name.ts';
import { safeFileName } from '../../util/safe-file-name.ts';
import type { AppServices } from '../app-services.ts';
import { signedBy } from '../members/decision-maker.ts';
import { nameOf } from '../meetings/meeting-repo.ts';

// The report is the Vietnamese record of the committee, whoever opens it.
const S = INSPECTION.vi;

/** The inspection as the document reads it. */
function documentView(app: AppServices, inspection: Inspection): InspectionDocumentView {
  const person = (id: string, role: string) => ({ role, name: nameOf(app, id), title: app.roster.member(id)?.title ?? '' });
  const conclusion = inspection.conclusion;
  const decider = conclusion ? app.roster.member(conclusion.by) : undefined;
  return {
    content: inspection.content,
    periodFrom: formatDate(inspection.periodFrom),
    periodTo: formatDate(inspection.periodTo),
    team: [
      person(inspection.leaderId, S.fields.leader),
      ...(inspection.deputyLeaderId ? [person(inspection.deputyLeaderId, S.fields.deputyLeader)] : []),
      ...inspection.memberIds.map((id) => person(id, 'Thành viên')),
    ],
    organiser: inspection.organiserIds.map((id) => nameOf(app, id)).join(', '),
    units: inspection.unitIds.map((id) => {
      const report = inspection.selfReports[id];
      const finding = inspection.findings[id];
      return {
        name: app.roster.unit(id)?.name ?? id,
        selfReport: report ? `${report.text} (gửi ngày ${formatDate(report.at)})` : 'Đơn vị chưa gửi báo cáo.',
        evidence: report?.evidence ?? [],
        verdict: finding ? S.verdicts[finding.verdict] : S.noFinding,
        findings: finding?.findings ?? '',
        proposal: finding?.proposal ?? '',
      };
    }),
    summary: inspection.report?.summary ?? '',
    ...(conclusion
      ? {
          conclusion: {
            by: decider ? signedBy(decider, 'vi') : nameOf(app, conclusion.by),
            text: conclusion.text,
            measures: conclusion.measures.map((m) => ({ unit: app.roster.unit(m.unitId)?.name ?? m.unitId, content: m.content, deadline: formatDate(m.deadline), adjusted: m.adjusted })),
          },
        }
      : {}),
  };
}

/**
 * The Decree 30 "Báo cáo kết quả kiểm tra" of the team to the chief (Điều 8.2): issued by the
 * inspection team, signed by its leader, dated the day the leader reported, with the chief's
 * conclusion once given. The same bytes each time it is opened.
 */
export async function inspectionDocument(app: AppServices, inspection: Inspection): Promise<{ name: string; content: Buffer }> {
  const office = app.config.letterhead;
  const letterhead = {
    ...office,
    parentBody: `Ban Chỉ đạo CCHC ${office.issuingBody}`,
    issuingBody: 'Đoàn kiểm tra công tác CCHC',
    numberSuffix: 'BC-ĐKT',
    signerTitles: ['TRƯỞNG ĐOÀN'],
    signerName: nameOf(app, inspection.leaderId),
    recipients: ['Trưởng Ban Chỉ đạo (qua Ủy viên thường trực)', 'Các thành viên Ban Chỉ đạo', 'Các đơn vị được kiểm tra'],
  };
  const subject = `Kết quả kiểm tra công tác cải cách hành chính: ${inspection.content}`;
  const issuedOn = new Date(inspection.report?.at ?? inspection.createdAt);
  const content = await renderInspectionDocument(documentView(app, inspection), letterhead, issuedOn, subject);
  return { name: safeFileName(`bao-cao-ket-qua-kiem-tra-${slugify(inspection.content) || inspection.id}`, 'docx'), content };
}
