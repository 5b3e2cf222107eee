import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ErrorCode } from '../../../src/errors/coded-error.ts';
import { startError as startWith } from '../../helpers/start-error.ts';
import { planWorkbook } from './plan-sheets.ts';

/** Starts a bot on a throwaway data folder with plans from `plansDir`; resolves with the start-up error. */
function startError(plansDir: string, dataDir: string) {
  return startWith({ DATA_DIR: dataDir, PLANS_DIR: plansDir });
}

describe('data/plans/<year>.xlsx at start', function () {
  this.timeout(30_000);
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-plans-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a plan file with a bad row stops the start, naming the file, the row and the column', async () => {
    await writeFile(path.join(dir, '2027.xlsx'), await planWorkbook([['1', 'Việc', 'Cải cách thể chế', 'Phòng Kinh tế', '', 'Quý V', 'Báo cáo', '']]));
    const error = await startError(dir, path.join(dir, 'state'));
    expect(error?.code).to.equal(ErrorCode.DataFileInvalid);
    expect(error?.message).to.include('2027.xlsx').and.include('Dòng 3').and.include('Thời hạn').and.include('Quý V');
  });

  it('a damaged .xlsx stops the start too', async () => {
    await writeFile(path.join(dir, '2027.xlsx'), Buffer.from('not a zip'));
    const error = await startError(dir, path.join(dir, 'state'));
    expect(error?.code).to.equal(ErrorCode.DataFileInvalid);
  });
});
