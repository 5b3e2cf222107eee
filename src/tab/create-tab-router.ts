import type { Router } from 'express';
import type { JWTVerifyGetKey } from 'jose';
import type { AppServices } from '../features/app-services.ts';
import { createSsoVerifier, SsoTokenError } from './sso-token.ts';
import { localIdentify, ssoIdentify } from './tab-member.ts';
import { tabRoutes } from './tab-routes.ts';

/**
 * The tab's routes for this mode: with bot credentials every API call needs a Teams SSO token for
 * TAB_APP_ID_URI (default api://<BOT_DOMAIN>/<CLIENT_ID>) — without that setting every call is 401;
 * in local mode (no credentials) the member picker says who is looking.
 */
export function createTabRouter(app: AppServices, webDir: string, keys?: JWTVerifyGetKey): Router {
  const { config } = app;
  if (!config.bot) return tabRoutes(app, { identify: localIdentify(app), picker: true, webDir });
  const bot = config.bot;
  const audience = config.tabAudience;
  if (!audience) {
    app.logger.warn('dashboard tab: BOT_DOMAIN (or TAB_APP_ID_URI) is not set, so no SSO token can be checked and /api/tab answers 401');
    return tabRoutes(app, { identify: () => Promise.reject(new SsoTokenError('tab SSO audience not configured')), picker: false, webDir });
  }
  const verify = createSsoVerifier({ audience, clientId: bot.clientId, tenantId: bot.tenantId, authorityHost: config.authorityHost }, keys);
  return tabRoutes(app, { identify: ssoIdentify(app, verify), picker: false, webDir });
}
