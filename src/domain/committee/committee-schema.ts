import { z } from 'zod';
import { PAR_AREAS } from '../par-areas.ts';
import { UNIT_DUTIES, type CommitteeRole } from './committee.ts';

/**
 * The shape of data/committee.json in zod 4: validation at start (validate-committee.ts turns the first
 * issue into a RosterError naming file, entry and field) and, through `z.toJSONSchema`, the JSON Schema
 * beside the file that editors validate against (`npm run schemas`). Messages are what an administrator
 * reads: Vietnamese first, then English, and what to write instead.
 */

const ROLES = ['chief', 'deputyChief', 'standing', 'secretary'] as const satisfies readonly CommitteeRole[];
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
// Written out in both cases rather than with /i: the JSON Schema pattern carries no flags.
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const REQUIRED = 'bắt buộc, phải là chuỗi không rỗng / required, a non-empty string';
const NOT_OBJECT = 'phải là một đối tượng JSON / must be a JSON object';

/** A check on the trimmed NFC value, with the pattern editors are given in the JSON Schema. */
interface TextRule {
  pattern: RegExp;
  message: (value: string) => string;
}

/** A required text of at most `max` characters, stored trimmed and in NFC; `rule` checks the stored value. */
function text(max: number, description: string, rule?: TextRule) {
  const tidy = (v: string) => v.normalize('NFC').trim();
  let schema = z
    .string({ error: REQUIRED })
    .min(1, REQUIRED)
    .refine((v) => v.trim() !== '', REQUIRED)
    .max(max, `dài quá ${max} ký tự / longer than ${max} characters`);
  if (rule) schema = schema.refine((v) => rule.pattern.test(tidy(v)), { error: (iss) => rule.message(tidy(String(iss.input))) });
  return schema.transform(tidy).meta(rule ? { description, pattern: rule.pattern.source } : { description });
}

const idRule: TextRule = { pattern: ID, message: () => 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang / only lower-case ASCII letters, digits and dashes' };
const emailRule: TextRule = { pattern: EMAIL, message: (v) => `"${v}" không phải địa chỉ email hợp lệ / is not a valid e-mail address` };

/** Keeps the first of repeated values (roles, PAR areas listed twice mean the same). */
const unique = <T>(list: T[]): T[] => [...new Set(list)];

const memberSchema = z.object(
  {
    id: text(64, 'Mã thành viên (chữ thường không dấu, số, gạch ngang) / member id, e.g. "truong-kinh-te"', idRule),
    name: text(200, 'Họ và tên / full name'),
    title: text(200, 'Chức vụ, ví dụ "Phó Trưởng phòng Kinh tế" / office title'),
    email: text(254, 'Email công vụ (UPN trong Microsoft 365) / work e-mail', emailRule),
    aadObjectId: z
      .string({ error: 'phải là GUID (Object ID trong Microsoft Entra ID) / must be a GUID (the Entra ID object id)' })
      .regex(GUID, 'phải là GUID (Object ID trong Microsoft Entra ID) / must be a GUID (the Entra ID object id)')
      .transform((v) => v.toLowerCase())
      .optional()
      .meta({ description: 'Object ID của người dùng trong Microsoft Entra ID (tùy chọn) / Entra ID object id (optional)' }),
    roles: z
      .array(z.enum(ROLES, { error: (iss) => `vai trò "${String(iss.input)}" không có; dùng: ${ROLES.join(', ')} / unknown role; use: ${ROLES.join(', ')}` }), {
        error: `phải là mảng, gồm: ${ROLES.join(', ')} / must be an array of: ${ROLES.join(', ')}`,
      })
      .transform(unique)
      .meta({ description: 'Vai trò trong Ban Chỉ đạo; [] cho thành viên là trưởng đơn vị / committee roles; [] for a unit member' }),
  },
  { error: NOT_OBJECT },
);

const unitSchema = z.object(
  {
    id: text(64, 'Mã đơn vị / unit id, e.g. "kinh-te"', idRule),
    name: text(200, 'Tên đơn vị / unit name'),
    area: text(2000, 'Lĩnh vực phụ trách (Điều 6.2 Quy chế) / area of responsibility'),
    parAreas: z
      .array(z.enum(PAR_AREAS, { error: (iss) => `lĩnh vực "${String(iss.input)}" không có trong danh mục PAR Index / not a PAR Index area: ${PAR_AREAS.join(', ')}` }), {
        error: 'phải là mảng không rỗng các lĩnh vực PAR Index / must be a non-empty array of PAR Index areas',
      })
      .min(1, 'phải là mảng không rỗng các lĩnh vực PAR Index / must be a non-empty array of PAR Index areas')
      .transform(unique)
      .meta({ description: 'Lĩnh vực Chỉ số CCHC mà đơn vị báo cáo / PAR Index areas the unit reports on' }),
    head: text(64, 'Mã thành viên là trưởng đơn vị / member id of the head'),
    deputy: text(64, 'Mã thành viên là cấp phó (tùy chọn) / member id of the deputy (optional)').optional(),
    duties: z
      .array(z.enum(UNIT_DUTIES, { error: (iss) => `nhiệm vụ "${String(iss.input)}" không có; dùng: ${UNIT_DUTIES.join(', ')} / unknown duty; use: ${UNIT_DUTIES.join(', ')}` }), {
        error: `phải là mảng, gồm: ${UNIT_DUTIES.join(', ')} / must be an array of: ${UNIT_DUTIES.join(', ')}`,
      })
      .transform(unique)
      .optional()
      .meta({ description: 'Nhiệm vụ chung của đơn vị trong Ban Chỉ đạo (tùy chọn); "initiatives": tiếp nhận, thẩm định sáng kiến (Điều 6 mục 2.9) / committee-wide duties (optional); "initiatives": reviews initiatives' }),
  },
  { error: NOT_OBJECT },
);

type Indexed = { id: string };

/** Adds an issue at the second of two entries with the same value of `field` (compared without case). */
function checkUnique<T extends Indexed>(ctx: z.RefinementCtx, list: T[], label: string, field: keyof T & string): void {
  const seen = new Map<string, string>();
  list.forEach((item, i) => {
    const value = item[field];
    // Optional fields (aadObjectId) are only unique among the entries that have them.
    if (typeof value !== 'string') return;
    const first = seen.get(value.toLowerCase());
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [label, i, field], message: `"${value}" bị trùng với ${first} / repeats ${first}` });
    else seen.set(value.toLowerCase(), `${label}[${i}] (${item.id})`);
  });
}

const nonEmpty = (what: string) => `phải là mảng không rỗng / must be a non-empty array of ${what}`;

/** data/committee.json: organisation, members (people and their committee roles) and units (each with its head). */
export const committeeSchema = z
  .object(
    {
      $schema: z.string().optional().meta({ description: 'Đường dẫn tới JSON Schema này, cho trình soạn thảo / path to this JSON Schema, for editors' }),
      organisation: z
        .object(
          {
            name: text(300, 'Tên cơ quan / organisation name'),
            shortName: text(100, 'Tên viết tắt / short name'),
            city: text(100, 'Tỉnh, thành phố của cơ quan chủ quản, ví dụ "Thành phố Hồ Chí Minh": dòng "ỦY BAN NHÂN DÂN …" và địa danh của báo cáo / the city: parent body and place of the report').optional(),
          },
          { error: 'bắt buộc: { name, shortName } / required: { name, shortName }' },
        )
        .meta({ description: 'Cơ quan có Ban Chỉ đạo / the organisation' }),
      members: z.array(memberSchema, { error: nonEmpty('members') }).min(1, nonEmpty('members')),
      units: z.array(unitSchema, { error: nonEmpty('units') }).min(1, nonEmpty('units')),
    },
    { error: NOT_OBJECT },
  )
  .superRefine((committee, ctx) => {
    const { members, units } = committee;
    checkUnique(ctx, members, 'members', 'id');
    checkUnique(ctx, members, 'members', 'email');
    checkUnique(ctx, members, 'members', 'aadObjectId');
    const ids = new Set(members.map((m) => m.id));
    units.forEach((unit, i) => {
      if (!ids.has(unit.head)) ctx.addIssue({ code: 'custom', path: ['units', i, 'head'], message: `không có thành viên id "${unit.head}" trong members / no member with this id` });
      if (unit.deputy === undefined) return;
      if (!ids.has(unit.deputy)) ctx.addIssue({ code: 'custom', path: ['units', i, 'deputy'], message: `không có thành viên id "${unit.deputy}" trong members / no member with this id` });
      else if (unit.deputy === unit.head) ctx.addIssue({ code: 'custom', path: ['units', i, 'deputy'], message: 'cấp phó phải khác trưởng đơn vị / the deputy must not be the head' });
    });
    checkUnique(ctx, units, 'units', 'id');
    for (const duty of UNIT_DUTIES) {
      const holders = units.map((u, i) => ({ u, i })).filter(({ u }) => u.duties?.includes(duty));
      for (const { i } of holders.slice(1)) ctx.addIssue({ code: 'custom', path: ['units', i, 'duties'], message: `chỉ một đơn vị được giao "${duty}" (đã có ${holders[0]!.u.id}) / only one unit may hold this duty` });
    }
    for (const role of ['chief', 'standing', 'secretary'] as const) {
      if (!members.some((m) => m.roles.includes(role))) {
        ctx.addIssue({ code: 'custom', path: ['members', 'roles'], message: `phải có ít nhất một thành viên vai trò "${role}" / at least one member needs this role` });
      }
    }
  })
  .meta({ title: 'Ban Chỉ đạo CCHC — danh sách thành viên và đơn vị / CCHC steering committee roster' });
