import type { DocKey } from '../store/document-store.ts';
import type { z } from 'zod';
import type { Action } from '../domain/committee/permissions.ts';
import type { AppEvent } from './app-events.ts';
import type { AppServices } from './app-services.ts';
import type { JobContext } from './jobs/job-context.ts';
import type { Reply } from './ports.ts';
import type { ActionResult } from './action-result.ts';
import type { ActionTurn, CommandTurn, FileTurn } from './turn.ts';

export type CommandHandler = (turn: CommandTurn, app: AppServices) => Promise<Reply[]>;

/** A text command a feature serves. */
export interface CommandSpec {
  /** Stable name for logs and tests ("openQuarter"). */
  name: string;
  /** The words that call it, folded (no diacritics, lower case): Vietnamese first, then English aliases. */
  phrases: readonly string[];
  /**
   * Role-table actions that allow it; any one suffices, and the permission step refuses the caller
   * before the handler runs otherwise. Unit-scoped checks (which unit) stay in the handler.
   */
  allow: readonly Action[];
  handler: CommandHandler;
}

/** A card verb (Action.Execute) a feature serves; its payload is parsed by `schema` before the handler runs. */
export interface VerbSpec<S extends z.ZodType = z.ZodType> {
  verb: string;
  /** As for commands: any one of these actions lets the caller through to the handler. */
  allow: readonly Action[];
  /** The card's data; a payload that does not parse is answered "this card is no longer valid" and changes nothing. */
  schema: S;
  handler: (turn: ActionTurn<z.output<S>>, app: AppServices) => Promise<ActionResult>;
  /**
   * Documents the handler will read, named from the card's raw data (not yet validated: return only keys built from
   * values you checked), read ahead in the turn's one query with the member's documents (on PostgreSQL).
   */
  reads?: (data: unknown) => DocKey[];
}

/** Declares a verb with its payload type inferred from the schema. */
export function defineVerb<S extends z.ZodType>(spec: VerbSpec<S>): VerbSpec {
  return spec as unknown as VerbSpec;
}

/** A file a member sends in the 1:1 chat (Teams file upload): the first spec whose extension matches takes it. */
export interface FileSpec {
  name: string;
  /** Lower-case extensions with the dot (".xlsx"). */
  extensions: readonly string[];
  allow: readonly Action[];
  handler: (turn: FileTurn, app: AppServices) => Promise<Reply[]>;
}

/** Scheduled work: run on every scheduler tick; each job claims its occurrences in the job ledger itself (performOnce). */
export interface JobSpec {
  /** Stable name for logs and failure reports ("meetings/digests"). */
  name: string;
  /** `always`: also outside working hours (mail retries); `working-hours`: only when sending to people is allowed. */
  when: 'always' | 'working-hours';
  /** Lower runs earlier in a tick (default 50): the quarter opens before its reminders are looked at. */
  order?: number;
  run: (ctx: JobContext) => Promise<unknown>;
}

/**
 * A feature, declared in one object (after the plugins of microsoft/teams.ts): what it answers,
 * what it runs on a schedule, what it stores, and what it does when a member becomes reachable.
 * The command registry, help card, scheduler job list and collections verified at start are all
 * derived from the list in `modules.ts`.
 */
export interface FeatureModule {
  name: string;
  commands?: readonly CommandSpec[];
  verbs?: readonly VerbSpec[];
  jobs?: readonly JobSpec[];
  /** Files the feature takes when a member sends one in the 1:1 chat. */
  files?: readonly FileSpec[];
  /** Runs once at start, after the store is verified and before the bot listens; a throw stops the start (data files). */
  onStart?: (app: AppServices) => Promise<void>;
  /** Store collections this feature owns (with their sub-collections); each is parsed at start. */
  collections?: readonly string[];
  /** A member installed the app or wrote first (a conversation reference now exists): deliver what waited for them. */
  onMemberReachable?: (memberId: string, app: AppServices) => Promise<void>;
  /** Another feature published an event (a unit reported, invitations went out): show it where this feature shows things. */
  onEvent?: (event: AppEvent, app: AppServices) => Promise<void>;
}
