import { expect } from 'chai';
import { renderCycleDocument } from '../../../src/features/report-document.ts';
import { CYCLE } from '../../../src/i18n/cycle-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { paragraphs, readDocxPart } from '../../report/read-docx.ts';

const f = CYCLE.vi.form;
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

describe('every unit\'s duties and results outside the assigned areas, over HTTP', function () {
  this.timeout(60_000);
  let t: TestBot;
  const clock = { now: new Date('2026-12-01T02:00:00Z') };
  const units = () => t.bot.app.roster.committee.units;
  const formOf = (memberId: string) => JSON.stringify(t.connector.messagesTo(conversationOf(t.user(memberId))).filter((c) => JSON.stringify(c.body).includes('"verb":"report.submit"'))[0]!.body);

  before(async () => {
    t = await TestBot.start({ now: () => clock.now });
    for (const id of new Set(['thuong-truc', ...units().map((u) => u.head)])) await t.install(t.user(id));
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
  });
  after(async () => {
    await t.stop();
  });

  it('every unit\'s form asks for the internal CCHC communication duty (Điều 2.3), assigned that area or not, and offers the areas it is not assigned', () => {
    for (const unit of units()) {
      const form = formOf(unit.head);
      expect(form, unit.id).to.include('"id":"duty_tuyen-truyen"').and.include(inJson(f.duties.labels['tuyen-truyen']));
      expect(form, unit.id).to.include('"id":"otherArea"');
      for (const area of unit.parAreas) expect(form, `${unit.id} offers its own ${area} as "other"`).to.not.include(`"value":"${area}"}`);
    }
    // Phòng Kinh tế is not assigned "chỉ đạo điều hành", yet reports the duty; its other-area list offers it.
    expect(formOf('truong-kinh-te')).to.include('"value":"chi-dao-dieu-hanh"');
  });

  it('refuses an other-area text without its area, or an area already assigned, keeping what was typed', async () => {
    const res = await t.click(t.user('truong-kinh-te'), 'report.submit', { cycleId: '2026-q4', unitId: 'kinh-te', 'area_the-che': 'Rà soát', otherAreaText: 'Góp ý đề án vị trí việc làm' });
    expect(JSON.stringify(res.value)).to.include(inJson(CYCLE.vi.problems({ field: 'otherArea', problem: 'required' }, f.otherArea.area))).and.include('Góp ý đề án vị trí việc làm');
    const assigned = await t.click(t.user('truong-kinh-te'), 'report.submit', { cycleId: '2026-q4', unitId: 'kinh-te', 'area_the-che': 'Rà soát', otherArea: 'the-che', otherAreaText: 'x' });
    expect(JSON.stringify(assigned.value)).to.include(inJson(CYCLE.vi.problems({ field: 'otherArea', problem: 'badChoice' }, f.otherArea.area)));
    expect(await t.bot.app.cycles.getSubmission('2026-q4', 'kinh-te')).to.equal(undefined);
  });

  it('keeps the duty and the out-of-area result, shows them on the receipt and under their areas in the compiled report and .docx', async () => {
    const res = await t.click(t.user('truong-kinh-te'), 'report.submit', {
      cycleId: '2026-q4',
      unitId: 'kinh-te',
      'area_the-che': 'Rà soát 12 văn bản',
      'duty_tuyen-truyen': 'Quán triệt Kế hoạch CCHC tại giao ban phòng',
      otherArea: 'to-chuc-bo-may',
      otherAreaText: 'Góp ý đề án vị trí việc làm',
    });
    const receipt = JSON.stringify(res.value);
    expect(receipt).to.include('Quán triệt Kế hoạch CCHC tại giao ban phòng').and.include(inJson(f.otherArea.receipt('Cải cách tổ chức bộ máy hành chính nhà nước'))).and.include('Góp ý đề án vị trí việc làm');
    const stored = (await t.bot.app.cycles.getSubmission('2026-q4', 'kinh-te'))!.versions[0]!.answers;
    expect(stored.duties).to.deep.equal({ 'tuyen-truyen': 'Quán triệt Kế hoạch CCHC tại giao ban phòng' });
    expect(stored.otherArea).to.deep.equal({ area: 'to-chuc-bo-may', text: 'Góp ý đề án vị trí việc làm' });
    const edit = JSON.stringify((await t.click(t.user('truong-kinh-te'), 'report.edit', { cycleId: '2026-q4', unitId: 'kinh-te' })).value);
    expect(edit).to.include('"value":"to-chuc-bo-may"').and.include('Quán triệt Kế hoạch CCHC tại giao ban phòng');

    clock.now = new Date('2026-12-11T03:00:00Z');
    await t.say(t.user('thuong-truc'), 'tổng hợp');
    const report = (await t.bot.app.cycles.getCompiled('2026-q4'))!;
    const entry = (area: string) => report.areas.find((a) => a.area === area)!.entries.find((e) => e.unitId === 'kinh-te')?.text;
    expect(entry('chi-dao-dieu-hanh')).to.equal('Tuyên truyền, phân công thực hiện CCHC trong nội bộ đơn vị: Quán triệt Kế hoạch CCHC tại giao ban phòng');
    expect(entry('to-chuc-bo-may')).to.equal('Góp ý đề án vị trí việc làm');
    const { content } = await renderCycleDocument(t.bot.app, (await t.bot.app.cycles.get('2026-q4'))!, report);
    const texts = paragraphs(readDocxPart(content, 'word/document.xml')).map((p) => p.text);
    const at = (heading: string) => texts.findIndex((x) => x.endsWith(heading));
    const structure = at('Cải cách tổ chức bộ máy hành chính nhà nước');
    expect(texts.slice(structure, structure + 3).join('\n')).to.include('Phòng Kinh tế: Góp ý đề án vị trí việc làm');
  });
});
