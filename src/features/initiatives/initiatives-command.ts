import { localDate } from '../../domain/calendar/index.ts';
import { can } from '../../domain/committee/permissions.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { INITIATIVE } from '../../i18n/initiative-strings.ts';
import { permissionContext } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { inYear, maySee } from './initiative-access.ts';
import { initiativesCard } from './initiative-cards.ts';
import { listInitiatives } from './initiative-repo.ts';

/** "2026" or nothing (this year); anything else is refused. */
export function parseYear(text: string, today: string, locale: 'vi' | 'en'): number {
  const raw = text.trim();
  if (!raw) return Number(today.slice(0, 4));
  if (!/^20\d{2}$/.test(raw)) throw new ValidationError('year', INITIATIVE[locale].badYear(raw));
  return Number(raw);
}

/** `sáng kiến [năm]` / `initiative [year]`: the year's initiatives a member may see, with Đăng ký sáng kiến. */
export async function initiativesCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const locale = turn.caller.locale;
  const year = parseYear(turn.args, localDate(app.clock()), locale);
  const ctx = await permissionContext(app);
  const items = (await listInitiatives(app)).filter((i) => inYear(i, year) && maySee(app, member, ctx, i));
  return [{ type: 'card', card: initiativesCard({ year, items, all: can(member, 'initiative.viewAll', ctx) }, app.roster, locale) }];
}
