import type { TestBot } from '../../helpers/test-bot.ts';

export const CYCLE_ID = '2026-q4';

/** Opens the quarter, lets two units report, compiles: the preview card is in the standing member's chat. */
export async function quarterCompiled(t: TestBot, clock: { now: Date }, extra: Record<string, string> = {}): Promise<void> {
  clock.now = new Date('2026-12-01T02:00:00Z');
  for (const id of ['thuong-truc', 'truong-ban', 'pho-truong-ban', 'thu-ky', 'truong-van-xa', 'truong-do-thi']) await t.install(t.user(id));
  await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
  await t.bot.app.tasks.idle();
  for (const unitId of ['van-xa', 'do-thi']) {
    const unit = t.bot.app.roster.unit(unitId)!;
    await t.click(t.user(unit.head), 'report.submit', { cycleId: CYCLE_ID, unitId, [`area_${unit.parAreas[0]}`]: `Kết quả của ${unit.name}`, difficulties: `Khó khăn của ${unit.name}`, ...extra });
  }
  clock.now = new Date('2026-12-11T03:00:00Z');
  await t.say(t.user('thuong-truc'), 'tổng hợp');
}

