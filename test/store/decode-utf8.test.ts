import { expect } from 'chai';
import { decodeUtf8 } from '../../src/store/decode-utf8.ts';

describe('decodeUtf8', () => {
  it('reads valid UTF-8 exactly as Buffer#toString does: Vietnamese, emoji, a BOM, nothing at all', () => {
    for (const text of ['', 'ascii only {"a":1}', '{"text":"Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%"}', 'emoji 😀 và chữ ữ', '\uFEFF{"bom":true}']) {
      const bytes = Buffer.from(text, 'utf8');
      expect(decodeUtf8(bytes)).to.equal(text);
      expect(decodeUtf8(bytes)).to.equal(bytes.toString('utf8'));
    }
  });

  it('replaces bytes that are not UTF-8 as Buffer#toString does, instead of throwing', () => {
    for (const bytes of [[0x61, 0xff, 0x62], [0xe1, 0xbb], [0xed, 0xa0, 0x80], [0xc3]]) {
      const buffer = Buffer.from(bytes);
      expect(decodeUtf8(buffer)).to.equal(buffer.toString('utf8'));
    }
  });
});
