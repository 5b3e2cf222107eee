// npm run schemas: regenerates data/*.schema.json from the zod schemas; commit the result.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from './json-schemas.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

for (const { file, text } of jsonSchemaFiles()) {
  await writeFile(path.join(ROOT, file), text);
  console.log(`wrote ${file}`);
}
