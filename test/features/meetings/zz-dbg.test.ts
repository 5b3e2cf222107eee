import { TestBot } from '/work/main/test/helpers/test-bot.ts';
describe('dbg', () => { it('x', async () => {
  const t = await TestBot.start({ withGraph: true, now: () => new Date('2026-11-20T02:00:00Z') });
  await t.install(t.user('thu-ky'));
  await t.say(t.user('thu-ky'), 'họp 04/12/2026 9:00 90 phút tại Phòng họp 2: a; b');
  console.log(t.graph.refused.map(r => [r.status, r.path, r.authorization]), t.graph.validToken, t.graph.tokensIssued);
  console.log(t.logLines.filter(l => /warn|error/.test(l)).slice(0,3).join('\n').slice(0,1500));
  await t.stop();
});});
