import { z } from 'zod';
import { holidayDataSchema } from '../src/domain/calendar/holiday-schema.ts';
import { committeeSchema } from '../src/domain/committee/committee-schema.ts';
import { criteriaSetSchema } from '../src/domain/par-criteria/criteria-schema.ts';
import { indicatorFileSchema } from '../src/domain/indicators/indicator-schema.ts';

/** A JSON Schema file beside a data file, generated from the zod schema the bot validates that file with. */
export interface JsonSchemaFile {
  /** Path from the repository root. */
  file: string;
  text: string;
  /** The data file that names it in "$schema", when it is not `file` without ".schema" (one schema for every year's file). */
  dataFile?: string;
}

function render(schema: z.ZodType): string {
  // Draft 7 is the draft editors (VS Code, JetBrains) validate fully; the input side is what an administrator writes.
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The JSON Schema files `npm run schemas` writes (and the test compares with the committed ones). */
export function jsonSchemaFiles(): JsonSchemaFile[] {
  return [
    { file: 'data/committee.schema.json', text: render(committeeSchema) },
    { file: 'data/holidays.schema.json', text: render(holidayDataSchema) },
    { file: 'data/par-criteria/par-criteria.schema.json', text: render(criteriaSetSchema), dataFile: 'data/par-criteria/2026.json' },
    { file: 'data/indicators.schema.json', text: render(indicatorFileSchema) },
  ];
}
