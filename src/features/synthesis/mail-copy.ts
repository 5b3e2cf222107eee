import { ValidationError } from '../../errors/app-errors.ts';
import { SYNTHESIS as S } from '../../i18n/synthesis-strings.ts';
import type { ActionResult } from '../action-result.ts';
import type { AppServices } from '../app-services.ts';
import { requirePermission } from '../guards.ts';
import { DOCX_TYPE } from '../report-document.ts';
import type { ActionTurn } from '../turn.ts';
import { compiledCycle, synthesisDocument } from './synthesis-document.ts';
import { SynthesisRepo } from './synthesis-repo.ts';

/** `Gửi bản báo cáo vào hộp thư của tôi` on the sent notice: the approved document, once per member. */
export async function mailCopyAction(turn: ActionTurn<{ cycleId: string }>, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'synthesis.view', app);
  const s = S[turn.caller.locale];
  const found = await compiledCycle(app, turn.data.cycleId);
  const synthesis = found ? await new SynthesisRepo(app.store).get(found.cycle.id) : undefined;
  if (!found || !synthesis?.sentAt || !synthesis.approval) throw new ValidationError('cycleId', s.noSynthesis);
  const document = await synthesisDocument(app, found.cycle, found.report, synthesis);
  const number = `${synthesis.approval.number}/${app.config.letterhead.numberSuffix}`;
  const outcome = await app.mailer.send({
    key: `synthesis-copy-${found.cycle.id}-${member.id}`,
    to: [member.email],
    cc: [],
    subject: S.vi.mailSubject(found.cycle.label, number),
    html: `<p>${S.vi.mailSubject(found.cycle.label, number)}</p>`,
    attachments: [{ name: document.name, contentType: DOCX_TYPE, content: document.content }],
  });
  return { message: outcome.status === 'queued' ? s.copyQueued : s.copySent(member.email) };
}
