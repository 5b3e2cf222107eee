import { cardForm, cardRef } from '../card-schemas.ts';
import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { boardCompileAction, boardRefreshAction, boardRemindAction, boardReportFormAction } from './board-actions.ts';
import { BOARD_REFRESH_VERB } from './board-card.ts';
import { CHANNEL, CHANNEL_BOARDS, CHANNEL_POSTS } from './channel-docs.ts';
import { onChannelEvent, reconcileBoards } from './channel-events.ts';
import { linkChannelCommand } from './link-channel.ts';

const cycleCard = cardForm({ cycleId: cardRef });

/**
 * The committee's team channel (issue 18 §2): `gắn kênh` links it; the open cycle's status board lives
 * there as one card edited in place, personal for up to 60 members (Universal Actions refresh);
 * meeting notices and conclusions are posted there; overdue units are @mentioned once, at escalation.
 */
export const channelModule: FeatureModule = {
  name: 'channel',
  commands: [{ name: 'linkChannel', phrases: ['gan kenh', 'link channel', 'link this channel'], allow: ['channel.link'], handler: linkChannelCommand }],
  verbs: [
    defineVerb({ verb: BOARD_REFRESH_VERB, allow: ['channel.view'], schema: cycleCard, handler: boardRefreshAction }),
    defineVerb({ verb: 'channel.reportForm', allow: ['report.submit'], schema: cardForm({ cycleId: cardRef, unitId: cardRef }), handler: boardReportFormAction }),
    defineVerb({ verb: 'channel.remind', allow: ['remind'], schema: cycleCard, handler: boardRemindAction }),
    defineVerb({ verb: 'channel.compile', allow: ['compile'], schema: cycleCard, handler: boardCompileAction }),
  ],
  jobs: [{ name: 'channel/boards', when: 'working-hours', order: 90, run: reconcileBoards }],
  collections: [CHANNEL, CHANNEL_BOARDS, CHANNEL_POSTS],
  onEvent: onChannelEvent,
};
