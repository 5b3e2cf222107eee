import { z } from 'zod';
import { PAR_AREAS } from '../par-areas.ts';

/**
 * The shape of data/par-criteria/<year>.json in zod 4: areas → criteria → sub-criteria, each with its
 * maximum points, the step scores move in, the scoring rule, the evidence asked for and the units that
 * score it. Validated at start (read-criteria-set.ts names file, entry and field of the first problem);
 * `npm run schemas` writes the JSON Schema beside the files from it.
 */

const REQUIRED = 'bắt buộc, phải là chuỗi không rỗng / required, a non-empty string';
const NUMBERED = /^[1-9][0-9]?(\.[1-9][0-9]?){0,3}$/;
const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A required, trimmed, NFC text of at most `max` characters, with its description for the JSON Schema. */
export function text(max: number, description: string) {
  return z
    .string({ error: REQUIRED })
    .refine((v) => v.trim() !== '', REQUIRED)
    .max(max, `dài quá ${max} ký tự / longer than ${max} characters`)
    .transform((v) => v.normalize('NFC').trim())
    .meta({ description });
}

const number = z
  .string({ error: 'bắt buộc, dạng "1", "1.2" hoặc "1.2.3" / required, "1", "1.2" or "1.2.3"' })
  .regex(NUMBERED, 'dạng "1", "1.2" hoặc "1.2.3" / "1", "1.2" or "1.2.3"')
  .meta({ description: 'Số thứ tự như trong bảng chỉ số / number as in the index table' });

const points = z
  .number({ error: 'phải là một số / must be a number' })
  .positive('phải lớn hơn 0 / must be above 0')
  .max(100, 'không quá 100 / at most 100');

const units = z
  .array(z.string().regex(UNIT_ID, 'mã đơn vị trong data/committee.json / a unit id of data/committee.json'))
  .meta({ description: 'Đơn vị chấm tiêu chí này (mã trong data/committee.json) / units that score it' });

const scored = {
  id: number,
  title: text(500, 'Tên tiêu chí / criterion'),
  maxPoints: points.meta({ description: 'Điểm tối đa / maximum points' }),
  step: points.optional().meta({ description: 'Bước điểm (mặc định 0,25) / score step (default 0.25)' }),
  scoringRule: text(2000, 'Cách chấm / scoring rule'),
  evidence: z.string().max(1000).optional().meta({ description: 'Tài liệu kiểm chứng cần có / evidence asked for' }),
  evidenceRequired: z.boolean().optional().meta({ description: 'Bắt buộc có đường dẫn tài liệu kiểm chứng / an evidence link is required' }),
};

/** How many times `step` goes into `value`, allowing for binary fractions (0.25 steps are exact; 0.1 steps are not). */
export function isMultipleOf(value: number, step: number): boolean {
  const n = value / step;
  return Math.abs(n - Math.round(n)) < 1e-9;
}

const subCriterionSchema = z
  .object({ ...scored, units: units.min(1, 'cần ít nhất một đơn vị / at least one unit') })
  .refine((c) => isMultipleOf(c.maxPoints, c.step ?? 0.25), { path: ['maxPoints'], error: 'phải là bội của bước điểm / must be a multiple of the step' });

const criterionSchema = z
  .object({ ...scored, units: units.optional(), subCriteria: z.array(subCriterionSchema).min(1).optional() })
  .refine((c) => (c.subCriteria ? true : (c.units?.length ?? 0) > 0), { path: ['units'], error: 'tiêu chí không có tiêu chí thành phần cần ít nhất một đơn vị / a criterion without sub-criteria needs at least one unit' })
  .refine((c) => !c.subCriteria || Math.abs(c.subCriteria.reduce((s, x) => s + x.maxPoints, 0) - c.maxPoints) < 1e-9, {
    path: ['maxPoints'],
    error: 'phải bằng tổng điểm tối đa của các tiêu chí thành phần / must equal the sum of its sub-criteria maxima',
  })
  .refine((c) => isMultipleOf(c.maxPoints, c.step ?? 0.25), { path: ['maxPoints'], error: 'phải là bội của bước điểm / must be a multiple of the step' });

const areaSchema = z.object({
  id: number,
  title: text(300, 'Lĩnh vực / area'),
  parArea: z.enum(PAR_AREAS).optional().meta({ description: 'Lĩnh vực CCHC tương ứng của Ban Chỉ đạo / the committee PAR area it matches' }),
  criteria: z.array(criterionSchema).min(1, 'cần ít nhất một tiêu chí / at least one criterion'),
});

/** A PAR-index criteria set for one year. */
export const criteriaSetSchema = z.object({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  year: z.number().int().min(2000).max(2100).meta({ description: 'Năm đánh giá / year assessed' }),
  title: text(300, 'Tên bộ tiêu chí / title of the set'),
  illustrative: z.boolean().meta({ description: 'true: bộ mẫu minh họa, không phải bộ chính thức / a sample, not the official set' }),
  source: text(500, 'Căn cứ (văn bản ban hành bộ tiêu chí) / the document that issues the set'),
  areas: z.array(areaSchema).min(1, 'cần ít nhất một lĩnh vực / at least one area'),
});

export type CriteriaSet = Omit<z.output<typeof criteriaSetSchema>, '$schema' | '$comment'>;
