import { z } from 'zod';
import type { StoredConversation } from '../conversation-refs.ts';
import type { DocumentShape } from '../document-shape.ts';
import type { MemberSetting } from '../member-settings.ts';
import { schemaOf } from '../schema-agrees.ts';
import { text, textMap } from './fields.ts';

const locale = z.enum(['vi', 'en']);

/** `conversations/<member>`: the reference of a member's 1:1 chat. Version 1 is the shape since references are stored. */
export const CONVERSATION_SHAPE: DocumentShape<StoredConversation> = {
  version: 1,
  schema: schemaOf<StoredConversation>()(
    z.looseObject({
      memberId: text,
      serviceUrl: text,
      channelId: text,
      tenantId: text.optional(),
      conversationId: text,
      userId: text,
      aadObjectId: text.optional(),
      botId: text,
      botName: text.optional(),
      locale,
      updatedAt: text,
    }),
  ),
};

/** `directory/aad-links`: Entra object id (lower case) → member id, learned by email. A record: every key is an object id. */
export const AAD_LINKS_SHAPE: DocumentShape<Record<string, string>> = {
  version: 1,
  schema: schemaOf<Record<string, string>>()(textMap),
};

/** `member-settings/<member>`: what a member chose for themselves. Version 1 is the shape since settings exist. */
export const MEMBER_SETTING_SHAPE: DocumentShape<MemberSetting> = {
  version: 1,
  schema: schemaOf<MemberSetting>()(z.looseObject({ memberId: text, locale: locale.optional(), updatedAt: text })),
};
