import { expect } from 'chai';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { validateCriteriaSet } from '../../../src/store/read-criteria-sets.ts';
import { ErrorCode } from '../../../src/errors/coded-error.ts';
import { startError } from '../../helpers/start-error.ts';

const SHIPPED = path.resolve('data/par-criteria/2026.json');

describe('PAR-index criteria sets: data/par-criteria/<year>.json validated at start', function () {
  this.timeout(30_000);
  let dir = '';
  let shipped: { areas: Array<{ criteria: Array<Record<string, unknown>> }> } & Record<string, unknown>;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-criteria-'));
    shipped = JSON.parse(await readFile(SHIPPED, 'utf8')) as typeof shipped;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function errorFor(set: unknown): Promise<{ code?: string; message?: string } | undefined> {
    await writeFile(path.join(dir, '2026.json'), JSON.stringify(set));
    return startError({ DATA_DIR: path.join(dir, 'state'), PAR_CRITERIA_DIR: dir });
  }

  it('ships an illustrative set with the eight areas of a department-level PAR index, marked as such', () => {
    const units = new Set(['tong-hop', 'kinh-te', 'van-xa', 'kiem-soat-tthc', 'du-an', 'do-thi', 'noi-chinh-phap-che', 'tiep-cong-dan', 'hanh-chinh-to-chuc', 'quan-tri-tai-vu', 'trung-tam-tin-hoc', 'trung-tam-cong-bao']);
    const set = validateCriteriaSet(shipped, SHIPPED, 2026, units);
    expect(set.illustrative).to.equal(true);
    expect(set.areas.map((a) => a.id)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(set.title).to.match(/minh họa/);
    expect(String(shipped.$comment)).to.include('KHÔNG phải bộ tiêu chí');
  });

  it('a maximum that is not the sum of its sub-criteria stops the start, naming file, entry and field', async () => {
    shipped.areas[0]!.criteria[0]!.maxPoints = 5;
    const error = await errorFor(shipped);
    expect(error?.code).to.equal(ErrorCode.DataFileInvalid);
    expect(error?.message).to.include('2026.json').and.include('areas[0] (1).criteria[0] (1.1)').and.include('maxPoints').and.include('tổng điểm tối đa');
  });

  it('a unit that is not on the committee, or a missing scoring rule, stops the start too', async () => {
    shipped.areas[1]!.criteria[0]!.units = ['phong-khong-co'];
    const unknownUnit = await errorFor(shipped);
    expect(unknownUnit?.message).to.include('areas[1].criteria[0] (2.1)').and.include('units').and.include('phong-khong-co');
    delete shipped.areas[1]!.criteria[0]!.scoringRule;
    shipped.areas[1]!.criteria[0]!.units = ['noi-chinh-phap-che'];
    const noRule = await errorFor(shipped);
    expect(noRule?.code).to.equal(ErrorCode.DataFileInvalid);
    expect(noRule?.message).to.include('scoringRule');
  });
});
