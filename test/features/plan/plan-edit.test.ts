import { expect } from 'chai';
import { getPlan } from '../../../src/features/plan/plan-repo.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { PLAN_EDIT } from '../../../src/i18n/plan-edit-strings.ts';
import { PLAN } from '../../../src/i18n/plan-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';

const NOW = new Date('2026-05-11T02:00:00Z');
/** A text as it appears inside a JSON body (quotes escaped). */
const quoted = (x: string) => JSON.stringify(x).slice(1, -1);

/** Every Action.Execute of a card, with its verb and data. */
function actionsOf(card: unknown): Array<{ verb: string; title: string; data: Record<string, unknown> }> {
  const found: Array<{ verb: string; title: string; data: Record<string, unknown> }> = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute') found.push({ verb: String(o.verb), title: String(o.title), data: o.data as Record<string, unknown> });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}

const FORM = { content: 'Xây dựng chuyên mục CCHC trên cổng thông tin', area: 'chinh-quyen-so', lead: 'trung-tam-tin-hoc', cooperating: 'hanh-chinh-to-chuc', deadline: 'Quý III', output: 'Chuyên mục' };

describe('plan tasks by card: added, edited and cancelled by the leaders, refused with the typed values kept', function () {
  this.timeout(60_000);
  let t: TestBot;
  const s = PLAN_EDIT.vi;

  const lastCard = (memberId: string): unknown => {
    const calls = t.connector.messagesTo(conversationOf(t.user(memberId)));
    return calls.at(-1)!.body;
  };

  before(async () => {
    t = await TestBot.start({ now: () => NOW });
    for (const id of ['thuong-truc', 'truong-kinh-te', 'pho-truong-ban']) await t.install(t.user(id));
  });
  after(async () => {
    await t.stop();
  });

  it('shows the leaders Thêm nhiệm vụ and Sửa / hủy on the plan card, and a unit head neither', async () => {
    await t.say(t.user('thuong-truc'), 'kế hoạch 2026');
    const actions = actionsOf(lastCard('thuong-truc'));
    expect(actions.filter((a) => a.title === s.addButton).map((a) => a.data)).to.deep.equal([{ year: '2026', taskId: '' }]);
    const plan = (await getPlan(t.bot.app, 2026))!;
    expect(actions.filter((a) => a.title === s.editButton).map((a) => a.data.taskId)).to.deep.equal(plan.tasks.map((x) => x.id));
    expect(actions.every((a) => a.verb === 'plan.taskForm' && a.data.year === '2026')).to.equal(true);

    await t.say(t.user('truong-kinh-te'), 'kế hoạch 2026');
    expect(actionsOf(lastCard('truong-kinh-te'))).to.deep.equal([]);
  });

  it('a unit head may not open the form, add, edit or cancel, and nothing changes', async () => {
    const before = JSON.stringify(await getPlan(t.bot.app, 2026));
    for (const verb of ['plan.taskForm', 'plan.saveTask', 'plan.cancelTask']) {
      const res = await t.click(t.user('truong-kinh-te'), verb, { year: '2026', taskId: '', ...FORM, reason: 'x' });
      expect(JSON.stringify(res.value), verb).to.include(quoted(COMMON.vi.forbidden));
    }
    expect(JSON.stringify(await getPlan(t.bot.app, 2026))).to.equal(before);
  });

  it('refuses a bad task with every reason, keeps what was typed, and stores nothing', async () => {
    const before = JSON.stringify(await getPlan(t.bot.app, 2026));
    const form = await t.click(t.user('thuong-truc'), 'plan.taskForm', { year: '2026', taskId: '' });
    expect(JSON.stringify(form.value)).to.include(quoted(s.addTitle(2026)));
    const typed = { year: '2026', taskId: '', number: '', content: '', area: 'tthc', lead: 'phong-khong-co', cooperating: '', deadline: '31/12/2025', output: 'Báo cáo' };
    const res = await t.click(t.user('thuong-truc'), 'plan.saveTask', typed);
    const card = JSON.stringify(res.value);
    expect(card).to.include(quoted(s.problem({ kind: 'missing', column: 'content' })));
    expect(card).to.include(quoted(s.problem({ kind: 'unknownUnit', column: 'lead', value: 'phong-khong-co' })));
    expect(card).to.include(quoted(s.problem({ kind: 'badDeadline', value: '31/12/2025' })));
    // The typed values come back in the inputs.
    expect(card).to.include('"value":"31/12/2025"').and.include('"value":"Báo cáo"').and.include('"value":"tthc"');
    expect(JSON.stringify(await getPlan(t.bot.app, 2026))).to.equal(before);
  });

  it('adds a task with the next number, recording who and when, and lists it', async () => {
    const count = (await getPlan(t.bot.app, 2026))!.tasks.length;
    const res = await t.click(t.user('thuong-truc'), 'plan.saveTask', { year: '2026', taskId: '', number: '', ...FORM });
    const plan = (await getPlan(t.bot.app, 2026))!;
    expect(plan.tasks).to.have.length(count + 1);
    const added = plan.tasks.at(-1)!;
    expect(added).to.deep.include({ content: FORM.content, area: 'chinh-quyen-so', leadUnitId: 'trung-tam-tin-hoc', cooperatingUnitIds: ['hanh-chinh-to-chuc'], deadline: { kind: 'quarter', quarter: 3 }, output: 'Chuyên mục', status: 'not-started' });
    expect(added.changes).to.deep.equal([{ at: NOW.toISOString(), by: 'thuong-truc', kind: 'added' }]);
    expect(JSON.stringify(res.value)).to.include(quoted(s.added(added.number, 2026)));
    // The same number again is refused.
    const again = await t.click(t.user('thuong-truc'), 'plan.saveTask', { year: '2026', taskId: '', number: added.number, ...FORM });
    expect(JSON.stringify(again.value)).to.include(quoted(s.problem({ kind: 'duplicateNumber', value: added.number })));
    expect((await getPlan(t.bot.app, 2026))!.tasks).to.have.length(count + 1);
  });

  it('edits a task (the deputy chief), keeping who and when and which fields changed; an unchanged save is refused', async () => {
    const task = (await getPlan(t.bot.app, 2026))!.tasks[0]!;
    const form = await t.click(t.user('pho-truong-ban'), 'plan.taskForm', { year: '2026', taskId: task.id });
    expect(JSON.stringify(form.value)).to.include(quoted(s.editTitle(task.number, 2026))).and.include(quoted(task.content));
    const base = { year: '2026', taskId: task.id, content: task.content, area: task.area, lead: task.leadUnitId, cooperating: task.cooperatingUnitIds.join(','), deadline: '30/11/2026', output: task.output };
    const res = await t.click(t.user('pho-truong-ban'), 'plan.saveTask', base);
    expect(JSON.stringify(res.value)).to.include(quoted(s.edited(task.number)));
    const edited = (await getPlan(t.bot.app, 2026))!.tasks[0]!;
    expect(edited.deadline).to.deep.equal({ kind: 'date', date: '2026-11-30' });
    expect(edited.number).to.equal(task.number);
    expect(edited.changes?.at(-1)).to.deep.equal({ at: NOW.toISOString(), by: 'pho-truong-ban', kind: 'edited', fields: ['deadline'] });
    const same = await t.click(t.user('pho-truong-ban'), 'plan.saveTask', base);
    expect(JSON.stringify(same.value)).to.include(quoted(s.problem({ kind: 'unchanged' })));
  });

  it('cancels a task only with a reason; it stays listed as cancelled with who, when and why', async () => {
    const task = (await getPlan(t.bot.app, 2026))!.tasks[1]!;
    const noReason = await t.click(t.user('thuong-truc'), 'plan.cancelTask', { year: '2026', taskId: task.id, reason: '  ' });
    expect(JSON.stringify(noReason.value)).to.include(quoted(s.problem({ kind: 'reasonRequired' })));
    expect((await getPlan(t.bot.app, 2026))!.tasks[1]!.status).to.equal(task.status);

    const res = await t.click(t.user('thuong-truc'), 'plan.cancelTask', { year: '2026', taskId: task.id, reason: 'Đã lồng ghép vào nhiệm vụ 1' });
    expect(JSON.stringify(res.value)).to.include(quoted(s.cancelled(task.number)));
    const plan = (await getPlan(t.bot.app, 2026))!;
    expect(plan.tasks.map((x) => x.id)).to.include(task.id);
    expect(plan.tasks[1]!.status).to.equal('cancelled');
    expect(plan.tasks[1]!.cancellation).to.deep.equal({ at: NOW.toISOString(), by: 'thuong-truc', reason: 'Đã lồng ghép vào nhiệm vụ 1' });

    await t.say(t.user('thuong-truc'), 'kế hoạch 2026 đã hủy');
    const listed = FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).at(-1)!);
    expect(listed).to.include(quoted(task.content)).and.include(quoted(PLAN.vi.statuses.cancelled));
    const standing = t.bot.app.roster.member('thuong-truc')!.name;
    expect(listed).to.include(quoted(s.cancelledBy(standing, '11/05/2026 09:00', 'Đã lồng ghép vào nhiệm vụ 1')));
    // A cancelled task is neither edited nor cancelled again.
    const edit = await t.click(t.user('thuong-truc'), 'plan.saveTask', { year: '2026', taskId: task.id, ...FORM });
    expect(JSON.stringify(edit.value)).to.include(quoted(s.problem({ kind: 'taskCancelled' })));
  });

  it('answers in English for a member who chose English', async () => {
    await t.say(t.user('thuong-truc'), 'language English');
    const res = await t.click(t.user('thuong-truc'), 'plan.taskForm', { year: '2026', taskId: '' });
    expect(JSON.stringify(res.value)).to.include(quoted(PLAN_EDIT.en.addTitle(2026)));
  });
});
