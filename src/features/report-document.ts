import type { Cycle } from '../domain/cycles/cycle.ts';
import type { CompiledReport, Letterhead } from '../domain/report/compiled-report.ts';
import { documentIdentity } from '../domain/report/document-identity.ts';
import { safeFileName } from '../util/safe-file-name.ts';
import { renderOfficialDocument } from '../report/official-document.ts';
import { reportFileName } from '../report/report-file-name.ts';
import type { AppServices } from './app-services.ts';

/** MIME type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Who signs one document: the chief, or a deputy chief "ký thay" while delegated (Điều 5.1). */
export interface Signing {
  memberId: string;
  byDelegation: boolean;
}

/**
 * The letterhead of a document signed as `signing` says (the chief by default): configuration where
 * set, else the roster — the city's People's Committee, the signer's name and title, the drafting
 * unit (the standing member's) as archive code; the signer is never in "Nơi nhận".
 */
export function officeLetterhead(app: AppServices, signing?: Signing): Letterhead {
  const chief = app.roster.withRole('chief')[0];
  const deputy = signing?.byDelegation ? app.roster.member(signing.memberId) : undefined;
  const standing = app.roster.withRole('standing')[0];
  const draftingUnit = standing ? app.roster.unitsHeadedBy(standing.id)[0]?.name : undefined;
  return documentIdentity(app.config.letterhead, {
    city: app.roster.committee.organisation.city,
    chief: { name: chief?.name ?? '', title: chief?.title ?? '' },
    ...(deputy ? { deputy: { name: deputy.name, title: deputy.title } } : {}),
    ...(draftingUnit ? { draftingUnit } : {}),
  });
}

/**
 * The official .docx of a cycle. By default dated as the chief received it (sent time, else compile
 * time) so a later copy matches the document that was sent.
 */
export async function renderCycleDocument(app: AppServices, cycle: Cycle, report: CompiledReport, issuedOn = new Date(cycle.sentAt ?? report.compiledAt)): Promise<{ name: string; content: Buffer }> {
  const content = await renderOfficialDocument(report, officeLetterhead(app), issuedOn);
  const name = safeFileName(reportFileName(report, 'docx').replace(/\.docx$/, ''), 'docx');
  return { name, content };
}
