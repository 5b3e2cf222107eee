import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { CompiledReport } from '../../domain/report/compiled-report.ts';
import { signedVersion, type Synthesis } from '../../domain/synthesis/synthesis.ts';
import { renderOfficialDocument } from '../../report/official-document.ts';
import { reportFileName } from '../../report/report-file-name.ts';
import { safeFileName } from '../../util/safe-file-name.ts';
import type { AppServices } from '../app-services.ts';
import { decisionMaker } from '../members/decision-maker.ts';
import { officeLetterhead, type Signing } from '../report-document.ts';
import { SynthesisRepo } from './synthesis-repo.ts';

/**
 * The document of a synthesis: the uploaded .docx when the signed version is one (that file is
 * what was signed), otherwise the Decree 30 document with the synthesis and, once approved, its number and date.
 */
export async function synthesisDocument(app: AppServices, cycle: Cycle, report: CompiledReport, synthesis: Synthesis): Promise<{ name: string; content: Buffer }> {
  const version = signedVersion(synthesis);
  if (version.source === 'docx' && version.fileId) {
    const file = await new SynthesisRepo(app.store).file(version.fileId);
    if (file) return file;
  }
  const approval = synthesis.approval;
  const issuedOn = approval ? new Date(`${approval.issuedOn}T12:00:00+07:00`) : app.clock();
  const content = await renderOfficialDocument(report, officeLetterhead(app, await synthesisSigning(app, synthesis)), issuedOn, { number: approval?.number, synthesis: version.text });
  const base = reportFileName(report, 'docx').replace(/\.docx$/, '');
  return { name: safeFileName(approval ? `${base}-so-${approval.number}` : `${base}-du-thao-v${version.version}`, 'docx'), content };
}

/** Who signs: the approver once approved (ký thay when a deputy chief approved under delegation); before, whoever would decide today. */
async function synthesisSigning(app: AppServices, synthesis: Synthesis): Promise<Signing> {
  if (synthesis.approval) return { memberId: synthesis.approval.by, byDelegation: synthesis.approval.onBehalfOfChief };
  const decider = await decisionMaker(app);
  return { memberId: decider.memberIds[0] ?? '', byDelegation: decider.onBehalfOfChief };
}

/** The cycle and its compiled report named by a card, or undefined. */
export async function compiledCycle(app: AppServices, cycleId: unknown): Promise<{ cycle: Cycle; report: CompiledReport } | undefined> {
  const cycle = await app.cycles.fromCard(cycleId);
  const report = cycle ? await app.cycles.getCompiled(cycle.id) : undefined;
  return cycle && report ? { cycle, report } : undefined;
}
