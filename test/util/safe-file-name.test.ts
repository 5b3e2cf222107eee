import { expect } from 'chai';
import { safeFileName } from '../../src/util/safe-file-name.ts';

describe('safeFileName', () => {
  it('turns Vietnamese text into an ASCII name (đ → d, diacritics dropped)', () => {
    expect(safeFileName('Báo cáo đột xuất: Chuyển đổi số', 'docx')).to.equal('bao-cao-dot-xuat-chuyen-doi-so.docx');
  });

  it('cannot leave its folder: no separators, no dot-dot, a safe extension', () => {
    expect(safeFileName('../../../etc/passwd', '../sh')).to.equal('etc-passwd.sh');
    expect(safeFileName('C:\\Windows\\win.ini', 'txt')).to.equal('c-windows-win-ini.txt');
  });

  it('keeps a name when nothing usable is left, and caps the length without a trailing dash', () => {
    expect(safeFileName('!!!', 'csv')).to.equal('tep.csv');
    const long = safeFileName('a'.repeat(79) + ' b', 'csv');
    expect(long).to.equal(`${'a'.repeat(79)}.csv`);
  });
});
