// Tests src/store/holidays-file.ts: reading and validating data/holidays.json.
import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWorkingDay } from '../../src/domain/calendar/working-calendar.ts';
import {
  DEFAULT_HOLIDAYS_FILE,
  HolidayFileError,
  loadWorkingCalendar,
  parseHolidayFile,
  readHolidayFile,
} from '../../src/store/holidays-file.ts';

describe('holidays file loader', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'holidays-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the shipped data/holidays.json', async () => {
    const data = await readHolidayFile();
    expect(Object.keys(data.years)).to.deep.equal(['2025', '2026', '2027']);
    expect(DEFAULT_HOLIDAYS_FILE).to.match(/data[\\/]holidays\.json$/);
  });

  it('names the file when the JSON does not parse', () => {
    expect(() => parseHolidayFile('{ "years": { ', 'data/holidays.json'))
      .to.throw(HolidayFileError, /^data\/holidays\.json: .*not valid JSON/)
      .with.property('entry', undefined);
  });

  it('names the file and the entry when an entry is invalid', () => {
    const text = JSON.stringify({ years: { '2025': { holidays: [{ date: '2025-04-31', name: 'Sai ngày' }] } } });
    expect(() => parseHolidayFile(text, 'data/holidays.json'))
      .to.throw(HolidayFileError, 'data/holidays.json → years.2025.holidays[0].date')
      .with.property('entry', 'years.2025.holidays[0].date');
    try {
      parseHolidayFile(text, 'data/holidays.json');
      expect.fail('parseHolidayFile should have thrown');
    } catch (error) {
      expect(error).to.include({ file: 'data/holidays.json', field: 'date', code: 'holidays_invalid' });
    }
  });

  it('reports a missing file with its path', async () => {
    const missing = join(dir, 'absent.json');
    try {
      await readHolidayFile(missing);
      expect.fail('readHolidayFile should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(HolidayFileError);
      expect((error as HolidayFileError).file).to.equal(missing);
      expect((error as Error).message).to.contain('cannot read the file');
    }
  });

  it('applies an administrator override from a file', async () => {
    const file = join(dir, 'override.json');
    await writeFile(file, JSON.stringify({ years: {}, added: [{ date: '2030-06-03', name: 'Nghỉ đột xuất' }] }));
    const cal = await loadWorkingCalendar(file);
    expect(isWorkingDay(cal, '2030-06-03')).to.equal(false);
    expect(isWorkingDay(cal, '2030-06-04')).to.equal(true);
  });
});
