import { createCommandMatcher, type CommandMatcher } from '../domain/commands/match-command.ts';
import type { AppEvent } from './app-events.ts';
import type { AppServices } from './app-services.ts';
import type { CommandSpec, FeatureModule, FileSpec, JobSpec, VerbSpec } from './feature-module.ts';
import { FEATURES } from './modules.ts';

export type { ActionResult } from './action-result.ts';
export type { CommandHandler } from './feature-module.ts';

/** Everything the bot serves, derived from the feature modules; the Teams router and the scheduler read only this. */
export interface FeatureRegistry {
  features: readonly FeatureModule[];
  commands: ReadonlyMap<string, CommandSpec>;
  verbs: ReadonlyMap<string, VerbSpec>;
  /** Scheduled jobs in the order a tick runs them. */
  jobs: readonly JobSpec[];
  /** Store collections verified at start. */
  collections: readonly string[];
  matchCommand: CommandMatcher;
  /** Which feature takes a sent file, by its extension. */
  fileSpecFor(fileName: string): FileSpec | undefined;
  /** Every feature's start hook, in module order; the first failure stops the start. */
  onStart(app: AppServices): Promise<void>;
  /** Runs every feature's hook; one failing hook does not stop the others (each failure is logged). */
  onMemberReachable(memberId: string, app: AppServices): Promise<void>;
  /** Runs every feature's event hook; one failing hook does not stop the others (each failure is logged). */
  onEvent(event: AppEvent, app: AppServices): Promise<void>;
}

function indexBy<T>(items: T[], key: (item: T) => string, what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (map.has(k)) throw new Error(`two features declare the ${what} "${k}"`);
    map.set(k, item);
  }
  return map;
}

/** Derives the registry from the feature modules; a name declared twice is a programming error and throws. */
export function buildRegistry(features: readonly FeatureModule[] = FEATURES): FeatureRegistry {
  const commandList = features.flatMap((f) => f.commands ?? []);
  const jobList = features.flatMap((f) => f.jobs ?? []);
  indexBy(jobList, (j) => j.name, 'job');
  const collections = [...indexBy(features.flatMap((f) => f.collections ?? []), (c) => c, 'collection').keys()];
  return {
    features,
    commands: indexBy(commandList, (c) => c.name, 'command'),
    verbs: indexBy(features.flatMap((f) => f.verbs ?? []), (v) => v.verb, 'card verb'),
    // Stable sort: jobs of equal order keep the module order.
    jobs: [...jobList].sort((a, b) => (a.order ?? 50) - (b.order ?? 50)),
    collections,
    matchCommand: createCommandMatcher(commandList),
    fileSpecFor(fileName) {
      const lower = fileName.toLowerCase();
      return features.flatMap((f) => f.files ?? []).find((spec) => spec.extensions.some((ext) => lower.endsWith(ext)));
    },
    async onStart(app) {
      for (const f of features) await f.onStart?.(app);
    },
    async onMemberReachable(memberId, app) {
      const results = await Promise.allSettled(features.map((f) => f.onMemberReachable?.(memberId, app)));
      results.forEach((r, i) => {
        if (r.status === 'rejected') app.logger.error({ err: r.reason, feature: features[i]!.name, memberId }, 'member-reachable hook failed');
      });
    },
    async onEvent(event, app) {
      const results = await Promise.allSettled(features.map((f) => f.onEvent?.(event, app)));
      results.forEach((r, i) => {
        if (r.status === 'rejected') app.logger.error({ err: r.reason, feature: features[i]!.name, event: event.type }, 'event hook failed');
      });
    },
  };
}
