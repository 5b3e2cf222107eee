import { unzipSync } from 'fflate';
import { latestSynthesisVersion, saveVersion, type Synthesis } from '../../domain/synthesis/synthesis.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { SYNTHESIS as S } from '../../i18n/synthesis-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { newToken } from '../meetings/meeting-repo.ts';
import type { Reply } from '../ports.ts';
import { DOCX_TYPE } from '../report-document.ts';
import type { ActionTurn, FileTurn } from '../turn.ts';
import { draftCard } from './synthesis-cards.ts';
import { compiledCycle, synthesisDocument } from './synthesis-document.ts';
import { SynthesisRepo } from './synthesis-repo.ts';

/** Whether the bytes are a Word document: a zip holding word/document.xml (what Word itself writes). */
function isDocx(content: Buffer): boolean {
  try {
    return unzipSync(new Uint8Array(content), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'] !== undefined;
  } catch (error) {
    // Not a zip at all (fflate throws an Error saying why): the member is told it is not a Word document.
    if (error instanceof Error) return false;
    throw error;
  }
}

/** The synthesis an uploaded file is for: the newest cycle with a synthesis; undefined when there is none. */
async function newestSynthesis(app: AppServices): Promise<{ cycleId: string; synthesis: Synthesis } | undefined> {
  const repo = new SynthesisRepo(app.store);
  const cycles = [...(await app.cycles.list())].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  for (const cycle of cycles) {
    const synthesis = await repo.get(cycle.id);
    if (synthesis) return { cycleId: cycle.id, synthesis };
  }
  return undefined;
}

/**
 * A .docx sent in the 1:1 chat by whoever drafts (standing member, deputy chief): saved as the next
 * version of the newest draft, source "docx"; that file is what Trình ký submits and what is mailed on approval.
 * A locked draft (awaiting signature, approved) refuses it and keeps nothing.
 */
export async function synthesisUpload(turn: FileTurn, app: AppServices): Promise<Reply[]> {
  const member = await requirePermission(turn.caller, 'synthesis.edit', app);
  const s = S[turn.caller.locale];
  const { name, content } = turn.file;
  if (!isDocx(content)) return [{ type: 'text', text: s.docxBadFile }];
  const target = await newestSynthesis(app);
  if (!target) return [{ type: 'text', text: s.docxNoDraft }];
  if (target.synthesis.state === 'submitted' || target.synthesis.state === 'approved') return [{ type: 'text', text: s.docxLocked }];
  const repo = new SynthesisRepo(app.store);
  const fileId = `${target.cycleId}-${newToken()}`;
  await repo.saveFile(fileId, name, content);
  let refused = false;
  const stored = await repo.update(target.cycleId, (current) => {
    const base = current ?? target.synthesis;
    const outcome = saveVersion(base, latestSynthesisVersion(base).text, member.id, app.clock().toISOString(), { fileName: name, fileId });
    refused = !outcome.ok;
    return outcome.ok ? outcome.synthesis : undefined;
  });
  if (refused || !stored) return [{ type: 'text', text: s.docxLocked }];
  const version = latestSynthesisVersion(stored).version;
  app.logger.info({ cycleId: target.cycleId, version, by: member.id }, 'synthesis draft received as .docx');
  const found = await compiledCycle(app, target.cycleId);
  const reply: Reply[] = [{ type: 'text', text: s.docxReceived(name, version) }];
  if (found) reply.push({ type: 'card', card: draftCard(found.cycle, found.report, stored, app.roster, turn.caller.locale) });
  return reply;
}

/** `Tải dự thảo (.docx)`: the draft as Word, on the shelf in local mode or mailed to the caller, to edit and send back. */
export async function downloadDraftAction(turn: ActionTurn<{ cycleId: string }>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'synthesis.edit', app);
  const s = S[turn.caller.locale];
  const found = await compiledCycle(app, turn.data.cycleId);
  const synthesis = found ? await new SynthesisRepo(app.store).get(found.cycle.id) : undefined;
  if (!found || !synthesis) throw new ValidationError('cycleId', s.noSynthesis);
  const document = await synthesisDocument(app, found.cycle, found.report, { ...synthesis, requests: [], approval: undefined });
  const card = (status: string) => ({ card: draftCard(found.cycle, found.report, synthesis, app.roster, turn.caller.locale, { status }) });
  if (app.mailer.kind === 'outbox') return card(s.docxWritten(await app.shelf.put(document.name, document.content)));
  const version = latestSynthesisVersion(synthesis).version;
  const outcome = await app.mailer.send({
    key: `synthesis-draft-${found.cycle.id}-v${version}-${member.id}`,
    to: [member.email],
    cc: [],
    subject: document.name,
    html: `<p>${s.docxHint}</p>`,
    attachments: [{ name: document.name, contentType: DOCX_TYPE, content: document.content }],
  });
  return card(outcome.status === 'queued' ? s.copyQueued : s.docxMailed(member.email));
}
