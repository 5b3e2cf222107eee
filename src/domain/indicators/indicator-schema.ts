import { z } from 'zod';
import { PAR_AREAS } from '../par-areas.ts';
import { text } from '../par-criteria/criteria-schema.ts';

/**
 * The shape of data/indicators.json in zod 4: the key figures (chỉ tiêu) the quarterly form asks of the
 * units they apply to, and the synthesis adds up. Validated at start (read-indicators.ts names file, entry
 * and field); `npm run schemas` writes data/indicators.schema.json from it.
 */

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const bilingual = (max: number, what: string) =>
  z.object({ vi: text(max, `${what} (tiếng Việt)`), en: text(max, `${what} (English)`) }, { error: 'cần "vi" và "en" / needs "vi" and "en"' }).strict();

const indicatorSchema = z
  .object({
    id: z.string({ error: 'bắt buộc / required' }).regex(ID, 'chữ thường, số và dấu gạch ngang / lower-case letters, digits and hyphens').meta({ description: 'Mã chỉ tiêu (duy nhất) / indicator id (unique)' }),
    label: bilingual(200, 'Tên chỉ tiêu / indicator'),
    unit: bilingual(40, 'Đơn vị tính / unit of measure'),
    parArea: z.enum(PAR_AREAS, { error: `một trong / one of ${PAR_AREAS.join(', ')}` }).optional().meta({ description: 'Hỏi các đơn vị báo cáo lĩnh vực này / asked of the units reporting on this PAR area' }),
    units: z
      .array(z.string().regex(ID, 'mã đơn vị trong data/committee.json / a unit id of data/committee.json'))
      .min(1)
      .optional()
      .meta({ description: 'Hỏi các đơn vị này (mã trong data/committee.json) / asked of these units' }),
    allUnits: z.literal(true).optional().meta({ description: 'Hỏi mọi đơn vị / asked of every unit' }),
  })
  .strict()
  .refine((i) => i.parArea !== undefined || i.units !== undefined || i.allUnits === true, {
    path: ['parArea'],
    error: 'cần "parArea", "units" hoặc "allUnits" / needs "parArea", "units" or "allUnits"',
  });

export const indicatorFileSchema = z
  .object({
    $schema: z.string().optional(),
    $comment: z.string().optional(),
    indicators: z.array(indicatorSchema).max(40, 'tối đa 40 chỉ tiêu / at most 40 indicators'),
  })
  .strict();

/** One key figure asked on the quarterly form. */
export type Indicator = z.output<typeof indicatorSchema>;
