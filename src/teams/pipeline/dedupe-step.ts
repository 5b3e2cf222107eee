import { RecentIds } from '../recent-ids.ts';
import type { Middleware } from './compose.ts';
import type { BotTurn } from './bot-turn.ts';

/** Teams retries deliveries it thinks failed: the same message is answered once (card actions are idempotent by design). */
export function dedupeStep(capacity = 5000): Middleware<BotTurn> {
  const seen = new RecentIds(capacity);
  return async (turn, next) => {
    const a = turn.context.activity;
    // Several instances share the database's memory of deliveries; one process alone keeps its own.
    if (a.type !== 'invoke' && a.id && (await (turn.app.coordination?.dedupe ?? seen).checkAndAdd(`${a.conversation?.id}|${a.id}`))) {
      turn.app.logger.info({ activityId: a.id }, 'duplicate delivery ignored');
      return;
    }
    await next();
  };
}
