import { expect } from 'chai';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HISTORY } from '../../../src/i18n/history-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';

const s = HISTORY.vi.stats;
const LINE = 'họp 04/12/2026 9:00 90 phút tại Phòng họp 2: Đánh giá kết quả CCHC quý IV';
const FORMULA_UNIT = '=HYPERLINK("http://x.example","Phòng Văn xã")';
const FORMULA_MEMBER = '@SUM(1+1) Trịnh Minh Kinh Tế';

type Card = { body: Array<{ type: string; columns?: Array<{ items: Array<{ text: string }> }>; text?: string }> };

/** Member name -> [present, excused, absent], read from the attendance rows of the stats card. */
function attendanceRows(card: Card): Map<string, string[]> {
  const start = card.body.findIndex((b) => b.text === s.attendanceTitle);
  const rows = card.body.slice(start + 2).filter((b) => b.type === 'ColumnSet');
  return new Map(rows.map((r) => [r.columns![0]!.items[0]!.text, r.columns!.slice(1).map((c) => c.items[0]!.text)]));
}

describe('thống kê: meeting attendance per member, and CSV cells that cannot run as formulas', function () {
  this.timeout(60_000);
  let t: TestBot;
  let dir: string;
  let now = new Date('2026-12-01T02:00:00Z');

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-attendance-'));
    const committee = JSON.parse(await readFile('data/committee.json', 'utf8')) as { $schema: string; members: Array<{ id: string; name: string }>; units: Array<{ id: string; name: string }> };
    committee.$schema = path.resolve('data/committee.schema.json');
    committee.units.find((u) => u.id === 'van-xa')!.name = FORMULA_UNIT;
    committee.members.find((m) => m.id === 'truong-kinh-te')!.name = FORMULA_MEMBER;
    await writeFile(path.join(dir, 'committee.json'), JSON.stringify(committee));
    t = await TestBot.start({ now: () => now, env: { COMMITTEE_FILE: path.join(dir, 'committee.json'), PLANS_DIR: path.join(dir, 'plans'), PAR_CRITERIA_DIR: path.join(dir, 'par') } });
    for (const id of ['thu-ky', 'truong-ban', 'thuong-truc', 'truong-kinh-te', 'truong-tong-hop', 'pho-tong-hop']) await t.install(t.user(id));
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
    await t.say(t.user('thu-ky'), LINE);
    const [meetingId] = await t.bot.app.store.list('meetings');
    await t.click(t.user('truong-kinh-te'), 'meeting.attend', { meetingId });
    await t.click(t.user('truong-tong-hop'), 'meeting.leave', { meetingId, reason: 'Đi công tác', opinions: 'Thống nhất' });
    await t.click(t.user('truong-ban'), 'meeting.decide', { meetingId, memberId: 'truong-tong-hop', decision: 'approve' });
  });
  after(async () => {
    await t.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('counts nothing before the meeting is held', async () => {
    await t.say(t.user('thuong-truc'), 'thống kê');
    expect(JSON.stringify(t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).at(-1)!.body)).to.include(s.noMeetings);
  });

  it('after it: present, absent with leave, absent without leave, per member', async () => {
    now = new Date('2026-12-07T02:00:00Z');
    await t.say(t.user('thuong-truc'), 'thống kê');
    const activity = t.connector.messagesTo(conversationOf(t.user('thuong-truc'))).at(-1)!.body as { attachments: Array<{ content: Card }> };
    const rows = attendanceRows(activity.attachments[0]!.content);
    expect(rows.get(FORMULA_MEMBER)).to.deep.equal(['1', '0', '0']);
    expect(rows.get('Nguyễn Văn Tổng Hợp')).to.deep.equal(['0', '1', '0']);
    expect(rows.get('Lê Văn Trưởng Ban')).to.deep.equal(['0', '0', '1']);
  });

  it('exports the same attendance in the CSV, and a name beginning with = or @ as text', async () => {
    const res = await t.click(t.user('thuong-truc'), 'stats.exportCsv', { quarters: '4', lastQuarter: '2026-q4' });
    const file = /: ([^"]+\.csv)/.exec(JSON.stringify(res.value))![1]!;
    const lines = (await readFile(file, 'utf8')).slice(1).split('\r\n');
    const header = lines.indexOf('"STT","Thành viên","Có mặt","Vắng có phép","Vắng không phép"');
    expect(header).to.be.greaterThan(0);
    expect(lines[header - 1]).to.equal(`"${s.attendanceTitle}"`);
    const attendance = lines.slice(header + 1);
    expect(attendance.some((l) => l.endsWith(`"'${FORMULA_MEMBER.replace(/"/g, '""')}","1","0","0"`))).to.equal(true);
    expect(attendance.some((l) => l.endsWith('"Nguyễn Văn Tổng Hợp","0","1","0"'))).to.equal(true);
    for (const line of lines) expect(line).to.not.match(/(^|,)"[=+\-@]/);
  });
});
