import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The texts people read, as source: message catalogues, card templates, the report builders, the Teams manifest. */
function sources(): Array<{ file: string; text: string }> {
  const folder = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
  const files = [...folder('src/i18n', '.ts'), ...folder('cards', '.json'), ...folder('src/report', '.ts'), 'appPackage/manifest.json'];
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** A rejected wording, the one to use instead, and how to find it. */
const REJECTED: Array<{ use: string; pattern: RegExp }> = [
  // The regulation's term (Điều 7–9); the accepted term is removed before this check runs.
  { use: 'Ủy viên thường trực', pattern: /[Tt]hường trực/u },
  { use: 'Thời gian chốt số liệu (Nghị định 09/2019)', pattern: /lấy số liệu/u },
  { use: 'Chưa nộp', pattern: /[Kk]hông nộp/u },
  { use: 'Hoàn thành', pattern: /Đã hoàn thành/u },
  { use: 'Trưởng đơn vị', pattern: /[Tt]hủ trưởng đơn vị/u },
  { use: 'words a member knows (email, Outlook)', pattern: /Object ID|\bGraph\b/u },
  { use: 'no internal job key', pattern: /\[auto\/|\[\$\{(?:key|job)\}\]/u },
  { use: 'Anh/Chị', pattern: /(?:^|[^\p{L}])[Bb]ạn(?:[^\p{L}]|$)/u },
];

describe('government wording in everything a person reads', () => {
  it('uses one term per role and status, and no technical names or job keys', () => {
    const found: string[] = [];
    for (const { file, text } of sources()) {
      const lines = text.split('\n');
      lines.forEach((raw, i) => {
        // Comments are for developers; the accepted term is taken out first.
        if (/^\s*(\/\/|\*|\/\*)/.test(raw)) return;
        const line = raw.replace(/Ủy viên thường trực/giu, '');
        for (const r of REJECTED) if (r.pattern.test(line)) found.push(`${file}:${i + 1}: use "${r.use}": ${raw.trim()}`);
      });
    }
    expect(found).to.deep.equal([]);
  });

  it('puts no emoji in card titles or messages', () => {
    const found: string[] = [];
    for (const { file, text } of sources()) {
      text.split('\n').forEach((line, i) => {
        if (/\p{Extended_Pictographic}/u.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).to.deep.equal([]);
  });
});
