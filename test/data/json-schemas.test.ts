// The JSON Schema files beside the data files are generated from the zod schemas (npm run schemas);
// this fails when someone changes a schema and forgets to regenerate them, or drops the "$schema" link.
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { jsonSchemaFiles } from '../../scripts/json-schemas.ts';

describe('data/*.schema.json (JSON Schema for editors)', () => {
  for (const { file, text, dataFile = file.replace('.schema', '') } of jsonSchemaFiles()) {
    it(`${file} is up to date with its zod schema`, async () => {
      const committed = await readFile(file, 'utf8').catch(() => '');
      expect(committed === text, `${file} is out of date: run npm run schemas and commit the result`).to.equal(true);
    });

    it(`${dataFile} names it in "$schema"`, async () => {
      const data = JSON.parse(await readFile(dataFile, 'utf8')) as { $schema?: string };
      expect(data.$schema).to.equal(`./${file.split('/').pop()}`);
    });
  }

  it('gives editors the rules a person can check while typing', () => {
    const [committee, holidays] = jsonSchemaFiles().map((f) => JSON.parse(f.text) as Record<string, unknown>);
    const text = JSON.stringify(committee);
    expect(text).to.include('"enum":["chief","deputyChief","standing","secretary"]');
    expect(text).to.include('"pattern":"^[a-z0-9][a-z0-9-]{0,63}$"');
    expect(JSON.stringify(holidays)).to.include('"additionalProperties":false').and.include('"pattern":"^\\\\d{4}$"');
  });
});
