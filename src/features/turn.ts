import type { Member } from '../domain/committee/committee.ts';
import type { Locale } from '../i18n/locale.ts';

/** Who is talking and in which language; built by the Teams layer for every activity. */
export interface Caller {
  /** Teams user id of the sender (29:…). */
  userId: string;
  aadObjectId?: string;
  name?: string;
  /** The language of this turn's answers (set by the language step). */
  locale: Locale;
  /** The language of the member's Teams client, as the activity says. */
  clientLocale?: Locale;
  /** The roster member, when the sender is on the committee. */
  member?: Member;
}

/** Where a turn happens, as plain data (the Teams layer fills it): a 1:1 chat, a group chat or a team channel. */
export interface TurnConversation {
  type: 'personal' | 'groupChat' | 'channel';
  /** The conversation id; for a channel, the channel's own id (a thread's ";messageid=…" removed). */
  id: string;
  serviceUrl: string;
  tenantId?: string;
  /** The bot's id and name in this conversation (needed to write there later). */
  botId: string;
  botName?: string;
  /** For a channel: the team and channel names Teams reports. */
  teamId?: string;
  teamName?: string;
  channelName?: string;
}

/** A text command: the caller and the words after the command. */
export interface CommandTurn {
  caller: Caller;
  args: string;
  /** Where it was typed; absent when a command is run outside a Teams turn. */
  conversation?: TurnConversation;
}

/** A card action (Action.Execute): the caller, the verb and the card's data with its inputs. */
export interface ActionTurn<T = Record<string, unknown>> {
  caller: Caller;
  verb: string;
  /** The card's data, parsed by the verb's schema (unknown input keys are kept: they are the form's fields). */
  data: T;
}

/** A file sent in the 1:1 chat, already downloaded by the Teams layer. */
export interface FileTurn {
  caller: Caller;
  file: { name: string; content: Buffer };
}
