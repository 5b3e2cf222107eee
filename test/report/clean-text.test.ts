import { expect } from 'chai';
import { cleanText, mayChangeInCleaning, textLines } from '../../src/report/clean-text.ts';

/** Every UTF-16 unit cleanText returns as it is without looking further. */
function knownCleanCharacters(): string[] {
  const chars: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const ch = String.fromCharCode(code);
    if (!mayChangeInCleaning(ch)) chars.push(ch);
  }
  return chars;
}

describe('cleanText', () => {
  it('returns text it does not look into only when that text is NFC and XML-legal: every pair of such characters checked', () => {
    const chars = knownCleanCharacters();
    expect(chars.length).to.be.above(700);
    expect(chars).to.include.members(['a', ' ', '\n', '\t', 'ệ', 'ơ', 'ư', 'đ', 'Ữ', '–', '…']);
    expect(chars).not.to.include.members(['\r', '\u0000', '\u0300', '\u2000', '\uD800', '\uFFFE']);
    // Each character, and each character followed by any other (composition and reordering happen between neighbours).
    const pairs = chars.flatMap((first) => chars.map((second) => first + second)).join('');
    expect(pairs.normalize('NFC') === pairs).to.equal(true);
    const xmlIllegalOrCr = (code: number) => (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0xd800 && code <= 0xdfff) || code >= 0xfffe;
    expect(chars.filter((ch) => xmlIllegalOrCr(ch.charCodeAt(0)))).to.deep.equal([]);
    expect(cleanText(pairs)).to.equal(pairs);
  });

  it('still normalises NFD text, unifies line endings and drops XML-illegal characters', () => {
    const nfd = 'Thu\u0309 tu\u0323c ha\u0300nh chi\u0301nh';
    expect(cleanText(nfd)).to.equal('Thủ tục hành chính'.normalize('NFC'));
    expect(cleanText('dòng 1\r\ndòng 2\rdòng 3')).to.equal('dòng 1\ndòng 2\ndòng 3');
    expect(cleanText('a\u0000b\u000Bc\uFFFEd\uD800e')).to.equal('abcde');
    expect(cleanText('Ω \u2126')).to.equal('Ω Ω');
    expect(cleanText('emoji 😀 stays')).to.equal('emoji 😀 stays');
  });

  it('splits cleaned text into lines without blank ends', () => {
    expect(textLines('\n\nCải cách\r\n\r\nhành chính\n \n')).to.deep.equal(['Cải cách', '', 'hành chính']);
  });
});
