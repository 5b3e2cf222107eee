import { randomUUID } from 'node:crypto';

/** A person as Teams sees them: user id, Entra object id, display name and locale. */
export interface TeamsUser {
  id: string;
  aadObjectId?: string;
  name: string;
  locale?: string;
}

/** A user from a roster member id: stable Teams ids derived from the Entra object id. */
export function createUser(overrides: Partial<TeamsUser> & { aadObjectId?: string } = {}): TeamsUser {
  const aad = overrides.aadObjectId ?? randomUUID();
  return { id: `29:${aad}`, aadObjectId: aad, name: 'Người dùng', locale: 'vi-VN', ...overrides };
}

/** The 1:1 conversation id the fake uses for a user. */
export function conversationOf(user: TeamsUser): string {
  return `a:personal-${user.aadObjectId ?? user.id}`;
}

function base(user: TeamsUser, serviceUrl: string, type: string) {
  return {
    type,
    id: `act-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:cchc-bot', name: 'CCHC Bot' },
    conversation: { id: conversationOf(user), conversationType: 'personal', tenantId: 'tenant-demo' },
    channelData: { tenant: { id: 'tenant-demo' } },
    locale: user.locale ?? 'vi-VN',
  };
}

/** A text message from a user in their 1:1 chat with the bot. */
export function createMessage(user: TeamsUser, text: string, serviceUrl: string, overrides: Record<string, unknown> = {}) {
  return { ...base(user, serviceUrl, 'message'), text, ...overrides };
}

/** A file sent in the 1:1 chat (Teams file upload with supportsFiles): a download-info attachment. */
export function createFileMessage(user: TeamsUser, file: { name: string; downloadUrl: string }, serviceUrl: string) {
  const fileType = file.name.split('.').pop() ?? '';
  return {
    ...base(user, serviceUrl, 'message'),
    text: '',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        name: file.name,
        contentUrl: file.downloadUrl,
        content: { downloadUrl: file.downloadUrl, uniqueId: randomUUID(), fileType },
      },
    ],
  };
}

/** An Action.Execute invoke (adaptiveCard/action) from a card button. */
export function createInvoke(user: TeamsUser, verb: string, data: Record<string, unknown>, serviceUrl: string, overrides: Record<string, unknown> = {}) {
  return {
    ...base(user, serviceUrl, 'invoke'),
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    ...overrides,
  };
}

/** The app being installed in a user's personal scope. */
export function createInstall(user: TeamsUser, serviceUrl: string) {
  return { ...base(user, serviceUrl, 'installationUpdate'), action: 'add' };
}
