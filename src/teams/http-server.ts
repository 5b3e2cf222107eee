import express, { type NextFunction, type Request, type Response } from 'express';
import { authorizeJWT, type CloudAdapter, type Request as AgentsRequest, type TurnContext } from '@microsoft/agents-hosting';
import type { Config } from '../config.ts';
import type { Logger } from '../logging/logger.ts';
import { authConfiguration } from './create-adapter.ts';
import { maxJsonDepth } from './json-depth.ts';
import type { Readiness } from './readiness.ts';

export interface HealthInfo {
  version: string;
  /** Readiness for GET /readyz (store writable, tokens obtainable); without it /readyz answers ready. */
  readiness?: () => Promise<Readiness>;
}

/** Deepest JSON nesting a Bot Framework activity needs, with margin; deeper bodies are refused. */
const MAX_DEPTH = 64;

/**
 * The bot's HTTP surface: POST /api/messages (JWT-checked before any handler runs, anonymous only
 * in local mode), GET /healthz (liveness) and GET /readyz (200 when ready, 503 with the reasons); neither shows secrets.
 */
export function createHttpApp(config: Config, adapter: CloudAdapter, route: (context: TurnContext) => Promise<void>, logger: Logger, health: HealthInfo, extra: readonly express.Router[] = []) {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({
      status: 'ok',
      version: health.version,
      mode: config.bot ? 'azure' : 'local',
      botCredentialsConfigured: Boolean(config.bot),
      graphConfigured: Boolean(config.graph),
    });
  });

  app.get('/readyz', async (_req, res) => {
    const readiness: Readiness = health.readiness ? await health.readiness() : { status: 'ready', checks: {} };
    if (readiness.status !== 'ready') logger.warn({ checks: readiness.checks }, 'not ready');
    res.status(readiness.status === 'ready' ? 200 : 503).json(readiness);
  });

  app.post(
    '/api/messages',
    authorizeJWT(authConfiguration(config)) as unknown as express.RequestHandler,
    express.json({ limit: config.maxBodyBytes }),
    (req: Request, res: Response, next: NextFunction) => {
      if (maxJsonDepth(req.body, MAX_DEPTH) > MAX_DEPTH) {
        res.status(400).json({ error: 'request body is nested too deeply' });
        return;
      }
      next();
    },
    async (req: Request, res: Response) => {
      try {
        await adapter.process(req as unknown as AgentsRequest, res as never, route);
      } catch (error) {
        // Reached when a reply could not be posted back to the Bot Connector; the turn's own effects are already stored.
        logger.error({ err: error, activityId: (req.body as { id?: string })?.id }, 'turn could not be completed');
        if (!res.headersSent) res.status(502).json({ error: 'could not reach the Bot Connector' });
      }
    },
  );

  // Other surfaces on the same server (the dashboard tab at /tab and /api/tab).
  for (const router of extra) app.use(router);

  app.use((error: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? 500;
    if (status >= 500) logger.error({ err: error, path: req.path }, 'HTTP request failed');
    else logger.warn({ status, type: error.type, path: req.path }, 'HTTP request refused');
    if (!res.headersSent) res.status(status).json({ error: status === 413 ? 'request body too large' : status >= 500 ? 'internal error' : 'bad request' });
  });
  return app;
}
