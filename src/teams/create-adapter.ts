import { CloudAdapter, getAuthConfigWithDefaults, type AuthConfiguration } from '@microsoft/agents-hosting';
import type { JwtPayload } from 'jsonwebtoken';
import type { Config } from '../config.ts';

/** The SDK's auth configuration: credentials in Azure, empty (anonymous) in local mode. */
export function authConfiguration(config: Config): AuthConfiguration {
  if (!config.bot) return {} as AuthConfiguration;
  return getAuthConfigWithDefaults({ clientId: config.bot.clientId, clientSecret: config.bot.clientSecret, tenantId: config.bot.tenantId });
}

/** One CloudAdapter for the process. */
export function createAdapter(config: Config): CloudAdapter {
  return new CloudAdapter(authConfiguration(config));
}

/**
 * The identity proactive turns run as. With credentials it is the bot's app id; in anonymous local
 * mode an identity without audience makes the SDK talk to the Playground without a token.
 */
export function proactiveIdentity(config: Config): string | JwtPayload {
  return config.bot ? config.bot.clientId : ({} as JwtPayload);
}
