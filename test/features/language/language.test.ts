import { expect } from 'chai';
import { readConfig } from '../../../src/config.ts';
import { ConfigError } from '../../../src/errors/config-error.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { CYCLE } from '../../../src/i18n/cycle-strings.ts';
import { LANGUAGE } from '../../../src/i18n/language-strings.ts';
import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { TestBot } from '../../helpers/test-bot.ts';

const NOW = new Date('2026-12-01T02:00:00Z');

/** A sentence as it appears inside the JSON of a recorded request (quotes escaped). */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** Every text the member received since `from` (messages and card JSON). */
function received(t: TestBot, conversation: string, from = 0): string {
  return t.connector.messagesTo(conversation).slice(from).map((c) => FakeConnector.textOf(c)).join('\n');
}

describe('language by the member\'s choice (ngôn ngữ / language)', function () {
  this.timeout(30_000);
  let t: TestBot | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('stores `language English`, answers in English from then on, and proactive cards follow it', async () => {
    t = await TestBot.start({ now: () => NOW });
    const head = t.user('truong-kinh-te');
    const standing = t.user('thuong-truc');
    await t.install(head);
    await t.install(standing);
    const chat = conversationOf(head);
    let seen = t.connector.messagesTo(chat).length;
    await t.say(head, 'language English');
    expect(received(t, chat, seen)).to.include(inJson(LANGUAGE.en.changed(LANGUAGE.en.names.en)));
    expect(await t.bot.app.memberSettings.locale('truong-kinh-te')).to.equal('en');
    seen = t.connector.messagesTo(chat).length;
    // The Teams client is still Vietnamese: the member's choice wins.
    await t.say(head, 'trợ giúp');
    expect(received(t, chat, seen)).to.include(inJson(COMMON.en.helpTitle));
    seen = t.connector.messagesTo(chat).length;
    await t.say(standing, 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
    expect(received(t, chat, seen)).to.include(CYCLE.en.form.title('Q4/2026').split(' — ')[0]!);
    // Others keep the committee default.
    expect(received(t, conversationOf(standing))).to.include(inJson(COMMON.vi.welcome(t.bot.app.roster.member('thuong-truc')!.name)));
    seen = t.connector.messagesTo(chat).length;
    await t.say(head, 'ngôn ngữ tiếng Việt');
    expect(received(t, chat, seen)).to.include(inJson(LANGUAGE.vi.changed(LANGUAGE.vi.names.vi)));
    expect(await t.bot.app.memberSettings.locale('truong-kinh-te')).to.equal('vi');
  });

  it('refuses an unknown language in the current language and stores nothing; no argument shows the current one', async () => {
    t = await TestBot.start({ now: () => NOW });
    const head = t.user('truong-kinh-te');
    await t.say(head, 'ngôn ngữ Klingon');
    expect(received(t, conversationOf(head))).to.include(inJson(LANGUAGE.vi.unknown('Klingon')));
    expect(await t.bot.app.store.list('member-settings')).to.deep.equal([]);
    const seen = t.connector.messagesTo(conversationOf(head)).length;
    await t.say(head, 'ngon ngu');
    expect(received(t, conversationOf(head), seen)).to.include(inJson(LANGUAGE.vi.current(LANGUAGE.vi.names.vi, false)));
  });

  it('a guest cannot store a language', async () => {
    t = await TestBot.start({ now: () => NOW });
    const { createUser } = await import('../../helpers/activities.ts');
    const guest = createUser({ name: 'Khách', locale: 'en-US' });
    await t.say(guest, 'language English');
    expect(received(t, conversationOf(guest))).to.include(inJson(COMMON.vi.notMember));
    expect(await t.bot.app.store.list('member-settings')).to.deep.equal([]);
  });

  it('LOCALE_FROM_CLIENT=true follows an English Teams client for a member who chose nothing', async () => {
    t = await TestBot.start({ now: () => NOW, env: { LOCALE_FROM_CLIENT: 'true' } });
    const head = t.user('truong-kinh-te', 'en-US');
    await t.say(head, 'help');
    expect(received(t, conversationOf(head))).to.include(inJson(COMMON.en.helpTitle));
    // A stored choice still wins over the client.
    await t.say(head, 'ngôn ngữ tiếng Việt');
    const seen = t.connector.messagesTo(conversationOf(head)).length;
    await t.say(head, 'help');
    expect(received(t, conversationOf(head), seen)).to.include(inJson(COMMON.vi.helpTitle));
  });

  it('DEFAULT_LOCALE=en-US makes English the committee default', async () => {
    t = await TestBot.start({ now: () => NOW, env: { DEFAULT_LOCALE: 'en-US' } });
    const head = t.user('truong-kinh-te', 'vi-VN');
    await t.say(head, 'trợ giúp');
    expect(received(t, conversationOf(head))).to.include(inJson(COMMON.en.helpTitle));
  });

  it('rejects a DEFAULT_LOCALE or LOCALE_FROM_CLIENT it cannot use, naming the variable', () => {
    expect(() => readConfig({ DEFAULT_LOCALE: 'fr-FR' })).to.throw(ConfigError, /DEFAULT_LOCALE/);
    expect(() => readConfig({ LOCALE_FROM_CLIENT: 'maybe' })).to.throw(ConfigError, /LOCALE_FROM_CLIENT/);
    expect(readConfig({}).language).to.deep.equal({ defaultLocale: 'vi', fromClient: false });
  });
});
