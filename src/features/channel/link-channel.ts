import { ValidationError } from '../../errors/app-errors.ts';
import { CHANNEL } from '../../i18n/channel-strings.ts';
import type { AppServices } from '../app-services.ts';
import { currentCycle } from '../cycles/current-cycle.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { refreshBoard } from './board-keeper.ts';

/**
 * `gắn kênh` / `link channel`, typed in the committee's team channel: stores that channel's reference
 * so the board, meeting notices and conclusions are posted there, and posts the open cycle's board.
 * Refused in a 1:1 or group chat (nothing stored).
 */
export async function linkChannelCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = await requirePermission(turn.caller, 'channel.link', app);
  const s = CHANNEL[turn.caller.locale];
  const conversation = turn.conversation;
  if (!conversation || conversation.type !== 'channel') throw new ValidationError('conversation', s.linkOnlyInChannel);
  const name = conversation.channelName ?? s.thisChannel;
  let changed = false;
  await app.repos.channelLink.update((current) => {
    if (current?.address.conversationId === conversation.id && current.address.serviceUrl === conversation.serviceUrl) return undefined;
    changed = true;
    return {
      address: { serviceUrl: conversation.serviceUrl, conversationId: conversation.id, tenantId: conversation.tenantId, botId: conversation.botId, botName: conversation.botName },
      teamId: conversation.teamId,
      teamName: conversation.teamName,
      channelName: conversation.channelName,
      linkedBy: member.id,
      linkedAt: app.clock().toISOString(),
    };
  });
  app.logger.info({ by: member.id, changed }, 'committee channel linked');
  const cycle = await currentCycle(app);
  // The board goes up after this answer, in the background (it is paced with every other Teams call).
  if (cycle && cycle.state !== 'sent') app.tasks.run(`channel-board:${cycle.id}`, () => refreshBoard(app, cycle.id));
  return [{ type: 'text', text: changed ? s.linked(name, conversation.teamName ?? '') : s.alreadyLinked(name) }];
}
