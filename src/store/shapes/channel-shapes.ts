import { z } from 'zod';
import type { BoardRecord, ChannelLink, PostRecord } from '../../features/channel/channel-docs.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';
import { text } from './fields.ts';

const posting = z.enum(['posting', 'posted']);

/** `channel/link`: version 1 is the shape since the committee channel can be linked (documents without a version). */
export const CHANNEL_LINK_SHAPE: DocumentShape<ChannelLink> = {
  version: 1,
  schema: schemaOf<ChannelLink>()(
    z.looseObject({
      address: z.looseObject({ serviceUrl: text, conversationId: text, tenantId: text.optional(), botId: text, botName: text.optional() }),
      teamId: text.optional(),
      teamName: text.optional(),
      channelName: text.optional(),
      linkedBy: text,
      linkedAt: text,
    }),
  ),
};

/** `channel-boards/<cycle>`: version 1 is the shape since status boards exist. */
export const BOARD_SHAPE: DocumentShape<BoardRecord> = {
  version: 1,
  schema: schemaOf<BoardRecord>()(
    z.looseObject({
      cycleId: text,
      conversationId: text,
      state: posting,
      activityId: text.optional(),
      postingSince: text.optional(),
      hash: text.optional(),
      mentioned: z.array(text),
      lastReminder: z.looseObject({ at: text, units: z.number().int().min(0) }).optional(),
    }),
  ),
};

/** `channel-posts/<key>`: version 1 is the shape since one-off channel posts exist. */
export const POST_SHAPE: DocumentShape<PostRecord> = {
  version: 1,
  schema: schemaOf<PostRecord>()(z.looseObject({ key: text, conversationId: text, state: posting, activityId: text.optional(), at: text })),
};
