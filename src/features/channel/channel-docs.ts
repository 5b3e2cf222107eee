import type { ChannelAddress } from '../ports.ts';

/** The channel feature's collections: the link, the boards per cycle, the one-off posts. */
export const CHANNEL = 'channel';
export const CHANNEL_BOARDS = 'channel-boards';
export const CHANNEL_POSTS = 'channel-posts';

/** The committee's team channel, linked once with `gắn kênh` (a later link moves it). */
export interface ChannelLink {
  address: ChannelAddress;
  teamId?: string;
  teamName?: string;
  channelName?: string;
  linkedBy: string;
  linkedAt: string;
}

/** A cycle's status board in the channel: the one post that is edited in place, and what it showed last. */
export interface BoardRecord {
  cycleId: string;
  /** The channel it lives in; a board of another (earlier linked) channel is posted anew. */
  conversationId: string;
  /** 'posting' is written before the first post goes on the wire; only one caller wins that claim. */
  state: 'posting' | 'posted';
  activityId?: string;
  postingSince?: string;
  /** SHA-256 of the card last written: an unchanged board is not edited again. */
  hash?: string;
  /** Units already @mentioned as overdue (once each, at escalation). */
  mentioned: string[];
  lastReminder?: { at: string; units: number };
}

/** A one-off channel post (a meeting notice, conclusions), claimed before it is sent so it goes once. */
export interface PostRecord {
  key: string;
  conversationId: string;
  state: 'posting' | 'posted';
  activityId?: string;
  at: string;
}
