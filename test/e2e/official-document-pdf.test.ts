import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderOfficialDocument } from '../../src/report/official-document.ts';
import { createCompiledReport, createLetterhead } from '../fixtures/compiled-report.ts';

const INSTALL_HINT =
  'Install them with: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation ' +
  '(CI must install these before running the tests).';

/** Runs a tool and returns its stdout; a missing tool fails the test with what to install. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env, timeout: 120_000 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`"${command}" is not installed; the PDF check needs LibreOffice and poppler. ${INSTALL_HINT}`);
  }
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

describe('official document rendered by LibreOffice', function () {
  // LibreOffice's first start creates its profile, which takes a while on a small machine.
  this.timeout(180_000);

  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-pdf-'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('converts to a PDF of at least two pages showing the quốc hiệu and tiêu ngữ', async () => {
    const buffer = await renderOfficialDocument(createCompiledReport(), createLetterhead(), new Date('2026-12-14T03:00:00Z'));
    const docx = join(dir, 'bao-cao.docx');
    writeFileSync(docx, buffer);
    // A private HOME and profile: no clash with a running LibreOffice or another test run.
    const env = { ...process.env, HOME: join(dir, 'home') };
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
    run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], env);
    const pdf = join(dir, 'bao-cao.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).to.equal('%PDF-');

    const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
    expect(pages).to.be.at.least(2);
    // Line wrapping depends on the fonts installed; compare with whitespace collapsed.
    const text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).to.include('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).to.include('Độc lập - Tự do - Hạnh phúc');
    expect(text).to.include('Thành phố Hồ Chí Minh, ngày 14 tháng 12 năm 2026');
    expect(text).to.include('<script>alert("x")</script> & kiểm tra biểu thức ${process.env.SECRET}');
  });
});
