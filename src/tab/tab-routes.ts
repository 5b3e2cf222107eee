import express, { type NextFunction, type Request, type Response } from 'express';
import type { Member } from '../domain/committee/committee.ts';
import { ValidationError } from '../errors/app-errors.ts';
import { ErrorCode, isCodedError } from '../errors/coded-error.ts';
import type { AppServices } from '../features/app-services.ts';
import { dashboardView } from '../features/dashboard/dashboard-view.ts';
import { reportDownload, statsDownload, type Download } from '../features/dashboard/downloads.ts';
import { initiativesDownload } from '../features/dashboard/initiative-downloads.ts';
import { selfAssessmentDownload } from '../features/dashboard/self-assessment-downloads.ts';
import { localeOf } from '../features/member-locale.ts';
import type { TabIdentify } from './tab-member.ts';

export interface TabOptions {
  identify: TabIdentify;
  /** Local mode: the member picker may list the roster. */
  picker: boolean;
  /** The built page (npm run build → dist/web). */
  webDir: string;
}

const UNIT_ID = /^[a-z0-9-]{1,64}$/;

/** A request for one unit's data names a roster unit in `?unit=`, or none; anything else is 404. */
function unitOf(app: AppServices, req: Request): string | undefined {
  if (req.query.unit === undefined) return undefined;
  const unit = typeof req.query.unit === 'string' && UNIT_ID.test(req.query.unit) ? req.query.unit : undefined;
  if (!unit || !app.roster.unit(unit)) throw new ValidationError('unit', 'no such unit');
  return unit;
}

/** Status for a refused or failed tab request; the body never says more than the status does. */
function statusOf(error: unknown): number {
  if (!isCodedError(error)) return 500;
  if (error.code === ErrorCode.Unauthenticated) return 401;
  if (error.code === ErrorCode.NotMember || error.code === ErrorCode.Forbidden) return 403;
  if (error.code === ErrorCode.InvalidInput) return 404;
  return 500;
}

function sendDownload(res: Response, file: Download): void {
  res.set('content-type', file.contentType);
  res.set('content-disposition', `attachment; filename="${file.name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  res.send(file.content);
}

/**
 * The dashboard tab: the page at /tab (static, built from web/) and its API under /api/tab, which
 * answers only the member the request proves to be (SSO token in Teams, the picker locally), with
 * the bot's own permissions, from the same feature code the chat uses.
 */
export function tabRoutes(app: AppServices, options: TabOptions): express.Router {
  const router = express.Router();
  const handle = (fn: (member: Member, req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      const member = await options.identify(req);
      await fn(member, req, res);
    } catch (error) {
      next(error);
    }
  };

  router.get('/api/tab/mode', (_req, res) => {
    res.json({ picker: options.picker });
  });
  if (options.picker) {
    router.get('/api/tab/members', (_req, res) => {
      res.json(app.roster.committee.members.map((m) => ({ id: m.id, name: m.name, title: m.title })));
    });
  }
  router.get(
    '/api/tab/dashboard',
    handle(async (member, req, res) => {
      const unit = unitOf(app, req);
      res.set('cache-control', 'no-store');
      res.json(await dashboardView(app, member, await localeOf(app, member.id), unit));
    }),
  );
  router.get(
    '/api/tab/download/stats.:format(csv|xlsx)',
    handle(async (member, req, res) => sendDownload(res, await statsDownload(app, member, req.params.format === 'csv' ? 'csv' : 'xlsx'))),
  );
  router.get(
    '/api/tab/download/report/:cycleId.docx',
    handle(async (member, req, res) => sendDownload(res, await reportDownload(app, member, req.params.cycleId ?? ''))),
  );
  router.get(
    '/api/tab/download/self-assessment-:year(\\d{4}).:format(xlsx|docx)',
    handle(async (member, req, res) => sendDownload(res, await selfAssessmentDownload(app, member, Number(req.params.year), req.params.format === 'docx' ? 'docx' : 'xlsx', unitOf(app, req)))),
  );
  router.get(
    '/api/tab/download/initiatives-:year(\\d{4}).:format(csv|xlsx)',
    handle(async (member, req, res) => sendDownload(res, await initiativesDownload(app, member, Number(req.params.year), req.params.format === 'csv' ? 'csv' : 'xlsx', unitOf(app, req)))),
  );
  router.use('/api/tab', (error: unknown, req: Request, res: Response, next: NextFunction) => {
    const status = statusOf(error);
    if (status === 500) {
      next(error);
      return;
    }
    app.logger.info({ path: req.path, status, refusal: isCodedError(error) ? error.code : undefined, reason: error instanceof Error ? error.message : undefined }, 'tab request refused');
    res.status(status).json({ error: status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'not found' });
  });

  router.use('/tab', express.static(options.webDir, { index: 'index.html', maxAge: '5m' }));
  router.get('/tab', (_req, res) => {
    // Reached only when dist/web/index.html does not exist.
    res.status(503).type('text/plain; charset=utf-8').send('Trang tổng quan chưa được dựng: chạy "npm run build" / the dashboard is not built: run "npm run build".');
  });
  return router;
}
