import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { answerPollAction } from './answer-poll.ts';
import { POLL_ANSWER, POLL_DECISION } from './card-payloads.ts';
import { createPollCommand } from './create-poll.ts';
import { decidePollAction } from './decide-poll.ts';
import { closeDuePolls, remindPollNonRespondents } from './poll-jobs.ts';
import { deliverMissingPollCards, deliverPollsToMember } from './poll-delivery.ts';
import { POLLS } from './poll-repo.ts';

/** Written polls of all members or a group, tied to a meeting's agenda item or not, and the chief's majority decision (Điều 7.3, Điều 6.1.b). */
export const pollsModule: FeatureModule = {
  name: 'polls',
  commands: [{ name: 'poll', phrases: ['lay y kien', 'poll'], allow: ['poll.create'], handler: createPollCommand }],
  verbs: [
    defineVerb({ verb: 'poll.answer', allow: ['poll.answer'], schema: POLL_ANSWER, handler: answerPollAction }),
    defineVerb({ verb: 'poll.decide', allow: ['poll.decide'], schema: POLL_DECISION, handler: decidePollAction }),
  ],
  jobs: [
    { name: 'polls/remind', when: 'working-hours', order: 60, run: remindPollNonRespondents },
    { name: 'polls/close', when: 'working-hours', order: 61, run: closeDuePolls },
    { name: 'polls/deliver', when: 'working-hours', order: 59, run: deliverMissingPollCards },
  ],
  collections: [POLLS],
  onMemberReachable: deliverPollsToMember,
};
