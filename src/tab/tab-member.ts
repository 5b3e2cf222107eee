import type { Request } from 'express';
import type { Member } from '../domain/committee/committee.ts';
import { NotMemberError } from '../errors/app-errors.ts';
import type { AppServices } from '../features/app-services.ts';
import { SsoTokenError } from './sso-token.ts';

/** How the tab learns who is looking: an SSO token checked against Entra ID, or the local member picker. */
export type TabIdentify = (req: Request) => Promise<Member>;

/** Resolves an Entra object id to a roster member: listed in the roster, or linked by email when they first wrote. */
async function memberByObjectId(app: AppServices, oid: string): Promise<Member> {
  const member = app.roster.byAadObjectId(oid) ?? app.roster.member((await app.refs.linkedMember(oid)) ?? '');
  if (!member) throw new NotMemberError();
  return member;
}

/** Teams: `Authorization: Bearer <SSO token>`; no token or a bad one is 401, a stranger 403. */
export function ssoIdentify(app: AppServices, verify: (token: string) => Promise<string>): TabIdentify {
  return async (req) => {
    const token = /^Bearer ([A-Za-z0-9._~+/=-]{1,8192})$/.exec(req.get('authorization') ?? '')?.[1];
    if (!token) throw new SsoTokenError('no bearer token');
    return memberByObjectId(app, await verify(token));
  };
}

/**
 * Local mode only (no bot credentials, loopback): the member picker's choice in `X-CCHC-Member`, so
 * anyone trying the bot can look as any member without a restart. Never wired when credentials are set.
 */
export function localIdentify(app: AppServices): TabIdentify {
  return async (req) => {
    const id = req.get('x-cchc-member') ?? '';
    if (!id) throw new SsoTokenError('no member picked');
    const member = app.roster.member(id);
    if (!member) throw new NotMemberError();
    return member;
  };
}
