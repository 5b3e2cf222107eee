import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { CompiledReport, Letterhead } from '../../domain/report/compiled-report.ts';
import { safeFileName } from '../../graph/safe-file-name.ts';
import { renderOfficialDocument } from '../../report/official-document.ts';
import { reportFileName } from '../../report/report-file-name.ts';
import type { AppServices } from '../app-services.ts';

/** MIME type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// Same rule as the chief's email (send-report.ts): configured signer, else the chief on the roster.
function letterhead(app: AppServices): Letterhead {
  const chief = app.roster.withRole('chief')[0];
  return { ...app.config.letterhead, signerName: app.config.letterhead.signerName || chief?.name || '' };
}

/**
 * The official .docx of a past cycle, dated as the chief received it (sent time, else compile time)
 * so the copy matches the document that was sent.
 */
export async function renderCycleDocument(app: AppServices, cycle: Cycle, report: CompiledReport): Promise<{ name: string; content: Buffer }> {
  const issuedOn = new Date(cycle.sentAt ?? report.compiledAt);
  const content = await renderOfficialDocument(report, letterhead(app), issuedOn);
  const name = safeFileName(reportFileName(report, 'docx').replace(/\.docx$/, ''), 'docx');
  return { name, content };
}
