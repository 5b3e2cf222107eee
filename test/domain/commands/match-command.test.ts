import { expect } from 'chai';
import { createCommandMatcher } from '../../../src/domain/commands/match-command.ts';
import { buildRegistry } from '../../../src/features/registry.ts';

/** The matcher over every feature's commands, as the router builds it. */
const registry = buildRegistry();
const matchCommand = registry.matchCommand;
type CommandName = string;
import { foldText } from '../../../src/domain/commands/normalize-text.ts';

describe('matchCommand', () => {
  it('matches help with and without diacritics, in any case, and in English', () => {
    for (const text of ['Trợ giúp', 'tro giup', 'TRỢ GIÚP', 'trợ   giúp', 'help', 'HELP', '?']) {
      expect(matchCommand(text), text).to.deep.equal({ name: 'help', args: '' });
    }
  });

  it('matches decomposed (NFD) input and hands back NFC args', () => {
    const nfd = 'Báo cáo đột xuất Tình hình giải ngân'.normalize('NFD');
    const match = matchCommand(nfd);
    expect(match?.name).to.equal('adhoc');
    expect(match?.args).to.equal('Tình hình giải ngân'.normalize('NFC'));
    expect(matchCommand('Trợ giúp'.normalize('NFD'))?.name).to.equal('help');
  });

  it('lets the longest phrase win', () => {
    const cases: Array<[string, CommandName, string]> = [
      ['báo cáo đột xuất', 'adhoc', ''],
      ['báo cáo', 'history', ''],
      ['báo cáo quý IV/2026', 'history', 'IV/2026'],
      ['dời họp 15/12', 'reschedule', '15/12'],
      ['họp', 'meeting', ''],
      ['lịch họp', 'meeting', ''],
      ['hủy họp', 'cancelMeeting', ''],
      ['mở báo cáo', 'openQuarter', ''],
      ['nhắc nhở kinh-te', 'remind', 'kinh-te'],
      ['nhắc kinh-te', 'remind', 'kinh-te'],
    ];
    for (const [text, name, args] of cases) {
      expect(matchCommand(text), text).to.deep.equal({ name, args });
    }
  });

  it('keeps the args in the original spelling', () => {
    expect(matchCommand('mở báo cáo quý IV/2026 hạn 10/12/2026')).to.deep.equal({ name: 'openQuarter', args: 'IV/2026 hạn 10/12/2026' });
    expect(matchCommand('Mo bao cao quy IV/2026 Hạn 10/12/2026')).to.deep.equal({ name: 'openQuarter', args: 'IV/2026 Hạn 10/12/2026' });
  });

  it('ignores trailing punctuation on the command words', () => {
    for (const text of ['Trợ giúp!', 'trợ giúp.', 'trợ giúp?', 'Help!!', 'tro giup...']) {
      expect(matchCommand(text)?.name, text).to.equal('help');
    }
    expect(matchCommand('Tôi là ai?')).to.deep.equal({ name: 'whoami', args: '' });
    expect(matchCommand('vắng: kinh-te')).to.deep.equal({ name: 'markAbsent', args: 'kinh-te' });
  });

  it('returns undefined for unknown text, empty text and a command word inside a sentence', () => {
    for (const text of ['', '   ', 'xin chào', 'hello there', 'tôi cần trợ giúp', '!!!', 'trợ']) {
      expect(matchCommand(text), JSON.stringify(text)).to.equal(undefined);
    }
  });

  it('treats đ/Đ as d', () => {
    expect(matchCommand('BÁO CÁO ĐỘT XUẤT')?.name).to.equal('adhoc');
    expect(foldText('Đổi ĐỊA điểm')).to.equal('doi dia diem');
  });

  it('has every phrase folded, so each one can match', () => {
    for (const { name, phrases } of registry.commands.values()) {
      for (const phrase of phrases) {
        expect(foldText(phrase), `${name}: ${phrase}`).to.equal(phrase);
        expect(matchCommand(phrase)?.name, phrase).to.equal(name);
      }
    }
  });

  it('refuses two commands claiming one phrase, and a phrase that is not folded', () => {
    expect(() => createCommandMatcher([{ name: 'a', phrases: ['hop'] }, { name: 'b', phrases: ['hop'] }])).to.throw(/claimed by both a and b/);
    expect(() => createCommandMatcher([{ name: 'a', phrases: ['họp'] }])).to.throw(/must be folded/);
  });
});

describe('help entries for every served action', () => {
  it('has a usage and description in both languages for each action a command allows', async () => {
    const { COMMON } = await import('../../../src/i18n/common-strings.ts');
    const missing = [...registry.commands.values()].flatMap((c) => c.allow.filter((a) => !COMMON.vi.commands[a] || !COMMON.en.commands[a]).map((a) => `${c.name}: ${a}`));
    expect(missing).to.deep.equal([]);
  });
});
