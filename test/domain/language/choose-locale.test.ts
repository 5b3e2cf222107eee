import { expect } from 'chai';
import { chooseLocale, languageOfTag, parseLanguageName } from '../../../src/domain/language/choose-locale.ts';
import { REMINDER } from '../../../src/i18n/reminder-strings.ts';

describe('chooseLocale: the member\'s choice, then the client (when allowed), then the default', () => {
  const vi = { defaultLocale: 'vi', fromClient: false } as const;
  it('keeps the committee default for an English client unless LOCALE_FROM_CLIENT', () => {
    expect(chooseLocale(undefined, 'en', vi)).to.equal('vi');
    expect(chooseLocale(undefined, 'en', { ...vi, fromClient: true })).to.equal('en');
    expect(chooseLocale(undefined, undefined, { ...vi, fromClient: true })).to.equal('vi');
  });
  it('lets a member\'s choice win over both', () => {
    expect(chooseLocale('en', 'vi', vi)).to.equal('en');
    expect(chooseLocale('vi', 'en', { defaultLocale: 'en', fromClient: true })).to.equal('vi');
  });
  it('reads tags and names', () => {
    expect(languageOfTag('en-US')).to.equal('en');
    expect(languageOfTag('vi-VN')).to.equal('vi');
    expect(languageOfTag('fr-FR')).to.equal(undefined);
    expect(parseLanguageName('tieng viet')).to.equal('vi');
    expect(parseLanguageName('english')).to.equal('en');
    expect(parseLanguageName('klingon')).to.equal(undefined);
  });
});

describe('English plurals in the catalogues', () => {
  it('says "1 working day", "2 working days", "1 unit has", "2 units have"', () => {
    expect(REMINDER.en.timeLeft(1)).to.equal('1 working day left');
    expect(REMINDER.en.timeLeft(2)).to.equal('2 working days left');
    expect(REMINDER.en.timeLeft(-1)).to.equal('1 working day overdue');
    expect(REMINDER.en.escalationIntro(1, '10/12/2026')).to.include('1 unit has not reported');
    expect(REMINDER.en.escalationIntro(3, '10/12/2026')).to.include('3 units have not reported');
  });
});
