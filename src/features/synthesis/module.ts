import { cardForm, cardRef, cardText } from '../card-schemas.ts';
import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { approveSynthesisAction, returnSynthesisAction } from './decide-synthesis.ts';
import { openSynthesisAction, saveSynthesisAction, submitSynthesisAction, synthesisCommand } from './edit-synthesis.ts';
import { mailCopyAction } from './mail-copy.ts';
import { downloadDraftAction, synthesisUpload } from './word-round-trip.ts';
import { settleApproved } from './send-to-city.ts';
import { remindSending } from './sending-reminders.ts';
import { resendApprovalCards } from './resend-approval.ts';
import { DOC_NUMBERS, SYNTHESIS, SYNTHESIS_FILES } from './synthesis-repo.ts';

const cycleCard = cardForm({ cycleId: cardRef });
const decisionCard = cardForm({ cycleId: cardRef, number: cardText, comments: cardText });

/**
 * The Office's report as the regulation makes it: the standing member's synthesis (Điều 6 mục 2.14),
 * trình ký to the chief (the deputy chief while delegated), approval with a number, and sending to
 * the City steering committee (Điều 9.3), exactly once.
 */
export const synthesisModule: FeatureModule = {
  name: 'synthesis',
  commands: [{ name: 'synthesis', phrases: ['du thao bao cao', 'du thao', 'draft report'], allow: ['synthesis.edit'], handler: synthesisCommand }],
  verbs: [
    defineVerb({ verb: 'synthesis.open', allow: ['synthesis.edit'], schema: cycleCard, handler: openSynthesisAction }),
    defineVerb({ verb: 'synthesis.save', allow: ['synthesis.edit'], schema: cycleCard, handler: saveSynthesisAction }),
    defineVerb({ verb: 'synthesis.submit', allow: ['synthesis.edit'], schema: cycleCard, handler: submitSynthesisAction }),
    defineVerb({ verb: 'synthesis.approve', allow: ['synthesis.approve'], schema: decisionCard, handler: approveSynthesisAction }),
    defineVerb({ verb: 'synthesis.return', allow: ['synthesis.approve'], schema: decisionCard, handler: returnSynthesisAction }),
    defineVerb({ verb: 'synthesis.download', allow: ['synthesis.edit'], schema: cycleCard, handler: downloadDraftAction }),
    defineVerb({ verb: 'synthesis.copy', allow: ['synthesis.view'], schema: cycleCard, handler: mailCopyAction }),
  ],
  // The Word round trip: a .docx sent in the 1:1 chat becomes the draft's next version.
  files: [{ name: 'synthesisUpload', extensions: ['.docx'], allow: ['synthesis.edit'], handler: synthesisUpload }],
  // After mail/retry (order 0): a queued mail that just left is recorded and the members told.
  jobs: [
    { name: 'synthesis/settle-approved', when: 'working-hours', order: 5, run: (ctx) => settleApproved(ctx.app) },
    // After the cycle jobs (the compile at the deadline comes first), before the failure report.
    { name: 'synthesis/sending-deadline', when: 'working-hours', order: 25, run: remindSending },
  ],
  collections: [SYNTHESIS, DOC_NUMBERS, SYNTHESIS_FILES],
  onMemberReachable: async (memberId, app) => {
    app.tasks.run(`approval-card:${memberId}`, () => resendApprovalCards(app, memberId));
  },
};
