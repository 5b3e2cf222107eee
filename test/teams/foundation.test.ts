import { expect } from 'chai';
import { COMMON } from '../../src/i18n/common-strings.ts';
import { createUser, conversationOf } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { TestBot } from '../helpers/test-bot.ts';

describe('foundation over HTTP (fake Bot Connector on loopback)', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await TestBot.start();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('answers /healthz with version and configuration flags, never secrets', async () => {
    const res = await fetch(`${t.bot.url}/healthz`);
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).to.equal(200);
    expect(body).to.include({ status: 'ok', version: '0.1.0', botCredentialsConfigured: false, graphConfigured: false, mode: 'local' });
  });

  it('welcomes a member on installation and stores the conversation reference', async () => {
    const head = t.user('truong-tong-hop');
    const res = await t.install(head);
    expect(res.status).to.equal(200);
    const replies = t.connector.messagesTo(conversationOf(head));
    expect(replies).to.have.length(1);
    expect(FakeConnector.textOf(replies[0]!)).to.include('Kính chào Anh/Chị Nguyễn Văn Tổng Hợp');
    const ref = await t.bot.app.refs.get('truong-tong-hop');
    expect(ref).to.include({ conversationId: conversationOf(head), serviceUrl: t.connector.url, userId: head.id, tenantId: 'tenant-demo', locale: 'vi' });
  });

  it('shows a unit head a help card with only the commands of their role', async () => {
    const head = t.user('truong-kinh-te');
    await t.say(head, 'Trợ giúp');
    const text = FakeConnector.textOf(t.connector.messagesTo(conversationOf(head))[0]!);
    expect(text).to.include('application/vnd.microsoft.card.adaptive');
    expect(text).to.include('tôi là ai');
    expect(text).to.include('tình hình');
    expect(text).to.not.include('mở báo cáo quý');
    expect(text).to.not.include('tổng hợp');
  });

  it('shows the standing member the commands to open and compile, matched without diacritics', async () => {
    const standing = t.user('thuong-truc');
    await t.say(standing, 'tro giup');
    const text = FakeConnector.textOf(t.connector.messagesTo(conversationOf(standing))[0]!);
    expect(text).to.include('mở báo cáo quý');
    expect(text).to.include('tổng hợp');
  });

  it('answers in the committee default (Vietnamese) even when the Teams client is English', async () => {
    const head = t.user('truong-kinh-te', 'en-US');
    await t.say(head, 'help');
    const text = FakeConnector.textOf(t.connector.messagesTo(conversationOf(head))[0]!);
    expect(text).to.include(COMMON.vi.helpTitle);
    expect(text).to.not.include(COMMON.en.helpTitle);
  });

  it('shows whoami with both roles of a person who holds two', async () => {
    const standing = t.user('thuong-truc');
    await t.say(standing, 'tôi là ai');
    const text = FakeConnector.textOf(t.connector.messagesTo(conversationOf(standing))[0]!);
    expect(text).to.include('Ủy viên thường trực');
    expect(text).to.include('Phòng Hành chính – Tổ chức');
  });

  it('politely refuses an unknown user and stores nothing for them', async () => {
    const stranger = createUser({ name: 'Khách' });
    await t.say(stranger, 'tình hình');
    const replies = t.connector.messagesTo(conversationOf(stranger));
    expect(FakeConnector.textOf(replies[0]!)).to.include('chưa có tên trong danh sách');
    await t.say(stranger, 'help');
    expect(FakeConnector.textOf(t.connector.messagesTo(conversationOf(stranger))[1]!)).to.include('chỉ sử dụng được lệnh');
    expect(await t.bot.app.store.list('conversations')).to.deep.equal([]);
  });

  it('links a member by email when their object id is not in the roster, and remembers it', async () => {
    const newcomer = createUser({ name: 'Hà Phương Phó Tin Học', aadObjectId: '11111111-2222-4333-8444-555555555555' });
    t.connector.members.set(newcomer.id, { id: newcomer.id, email: 'pho.tinhoc@vanphong.example.gov.vn' });
    await t.say(newcomer, 'tôi là ai');
    expect(FakeConnector.textOf(t.connector.messagesTo(conversationOf(newcomer))[0]!)).to.include('Phó Giám đốc Trung tâm Tin học');
    expect(await t.bot.app.refs.linkedMember(newcomer.aadObjectId!)).to.equal('pho-trung-tam-tin-hoc');
    t.connector.members.clear();
    await t.say(newcomer, 'tôi là ai');
    expect(FakeConnector.textOf(t.connector.messagesTo(conversationOf(newcomer))[1]!)).to.include('Phó Giám đốc Trung tâm Tin học');
  });

  it('gives a hint for unknown text instead of silence', async () => {
    const head = t.user('truong-van-xa');
    await t.say(head, 'xin chào bot');
    expect(FakeConnector.textOf(t.connector.messagesTo(conversationOf(head))[0]!)).to.include('Trợ lý chưa hiểu');
  });

  it('answers the same delivered activity only once', async () => {
    const head = t.user('truong-van-xa');
    const { createMessage } = await import('../helpers/activities.ts');
    const activity = createMessage(head, 'help', t.connector.url);
    await t.post(activity);
    await t.post(activity);
    expect(t.connector.messagesTo(conversationOf(head))).to.have.length(1);
  });
});
