import type { Cycle } from '../domain/cycles/cycle.ts';
import type { CompiledReport, Letterhead } from '../domain/report/compiled-report.ts';
import { safeFileName } from '../util/safe-file-name.ts';
import { renderOfficialDocument } from '../report/official-document.ts';
import { reportFileName } from '../report/report-file-name.ts';
import type { AppServices } from './app-services.ts';

/** MIME type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The configured letterhead; without a configured signer, the chief on the roster signs. */
export function officeLetterhead(app: AppServices): Letterhead {
  const chief = app.roster.withRole('chief')[0];
  return { ...app.config.letterhead, signerName: app.config.letterhead.signerName || chief?.name || '' };
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
