import { CodedError, ErrorCode } from '../../errors/coded-error.ts';
import { isParArea } from '../par-areas.ts';
import type { Committee, CommitteeRole, Member, Unit } from './committee.ts';

/** The committee file is wrong; the message names the file, the entry and the field. */
export class RosterError extends CodedError {
  readonly file: string;
  readonly entry: string;
  readonly field: string;
  readonly problem: string;

  constructor(file: string, entry: string, field: string, problem: string) {
    super(ErrorCode.RosterInvalid, `${file}: ${entry} — trường "${field}": ${problem}`, {
      remedy: `Sửa trường "${field}" của ${entry} trong ${file} rồi khởi động lại / fix field "${field}" of ${entry} in ${file} and restart`,
    });
    this.file = file;
    this.entry = entry;
    this.field = field;
    this.problem = problem;
  }
}

const ROLES: readonly CommitteeRole[] = ['chief', 'deputyChief', 'standing', 'secretary'];
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(file: string, entry: string, obj: Json, field: string, max = 2000): string {
  const v = obj[field];
  if (typeof v !== 'string' || v.trim() === '') throw new RosterError(file, entry, field, 'bắt buộc, phải là chuỗi không rỗng');
  if (v.length > max) throw new RosterError(file, entry, field, `dài quá ${max} ký tự`);
  return v.normalize('NFC').trim();
}

function validateMember(file: string, raw: unknown, index: number): Member {
  const entry = `members[${index}]`;
  if (!isObject(raw)) throw new RosterError(file, entry, '(toàn bộ)', 'phải là một đối tượng JSON');
  const id = text(file, entry, raw, 'id', 64);
  const where = `${entry} (${id})`;
  if (!ID.test(id)) throw new RosterError(file, where, 'id', 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang');
  const email = text(file, where, raw, 'email', 254);
  if (!EMAIL.test(email)) throw new RosterError(file, where, 'email', `"${email}" không phải địa chỉ email hợp lệ`);
  const member: Member = { id, name: text(file, where, raw, 'name', 200), title: text(file, where, raw, 'title', 200), email, roles: [] };
  if (raw.aadObjectId !== undefined) {
    if (typeof raw.aadObjectId !== 'string' || !GUID.test(raw.aadObjectId)) {
      throw new RosterError(file, where, 'aadObjectId', 'phải là GUID (Object ID trong Microsoft Entra ID)');
    }
    member.aadObjectId = raw.aadObjectId.toLowerCase();
  }
  if (!Array.isArray(raw.roles)) throw new RosterError(file, where, 'roles', `phải là mảng, gồm: ${ROLES.join(', ')}`);
  for (const role of raw.roles) {
    if (!ROLES.includes(role as CommitteeRole)) throw new RosterError(file, where, 'roles', `vai trò "${String(role)}" không có; dùng: ${ROLES.join(', ')}`);
  }
  member.roles = [...new Set(raw.roles as CommitteeRole[])];
  return member;
}

function validateUnit(file: string, raw: unknown, index: number, memberIds: Set<string>): Unit {
  const entry = `units[${index}]`;
  if (!isObject(raw)) throw new RosterError(file, entry, '(toàn bộ)', 'phải là một đối tượng JSON');
  const id = text(file, entry, raw, 'id', 64);
  const where = `${entry} (${id})`;
  if (!ID.test(id)) throw new RosterError(file, where, 'id', 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang');
  const head = text(file, where, raw, 'head', 64);
  if (!memberIds.has(head)) throw new RosterError(file, where, 'head', `không có thành viên id "${head}" trong members`);
  if (!Array.isArray(raw.parAreas) || raw.parAreas.length === 0) {
    throw new RosterError(file, where, 'parAreas', 'phải là mảng không rỗng các lĩnh vực PAR Index');
  }
  for (const area of raw.parAreas) {
    if (!isParArea(area)) throw new RosterError(file, where, 'parAreas', `lĩnh vực "${String(area)}" không có trong danh mục PAR Index`);
  }
  const unit: Unit = { id, name: text(file, where, raw, 'name', 200), area: text(file, where, raw, 'area'), parAreas: [...new Set(raw.parAreas)], head };
  if (raw.deputy !== undefined) {
    const deputy = text(file, where, raw, 'deputy', 64);
    if (!memberIds.has(deputy)) throw new RosterError(file, where, 'deputy', `không có thành viên id "${deputy}" trong members`);
    if (deputy === head) throw new RosterError(file, where, 'deputy', 'cấp phó phải khác trưởng đơn vị');
    unit.deputy = deputy;
  }
  return unit;
}

function requireUnique<T extends { id: string }>(file: string, list: T[], key: (x: T) => string | undefined, label: string, field: string): void {
  const seen = new Map<string, string>();
  list.forEach((item, i) => {
    const value = key(item);
    // Optional fields (aadObjectId) are only unique among the entries that have them.
    if (value === undefined) return;
    const k = value.toLowerCase();
    const first = seen.get(k);
    if (first !== undefined) throw new RosterError(file, `${label}[${i}] (${item.id})`, field, `"${value}" bị trùng với ${first}`);
    seen.set(k, `${label}[${i}] (${item.id})`);
  });
}

/** Validates parsed committee JSON; throws RosterError naming file, entry and field. */
export function validateCommittee(raw: unknown, file: string): Committee {
  if (!isObject(raw)) throw new RosterError(file, '(gốc)', '(toàn bộ)', 'phải là một đối tượng JSON');
  const org = raw.organisation;
  if (!isObject(org)) throw new RosterError(file, '(gốc)', 'organisation', 'bắt buộc: { name, shortName }');
  const organisation = { name: text(file, 'organisation', org, 'name', 300), shortName: text(file, 'organisation', org, 'shortName', 100) };
  if (!Array.isArray(raw.members) || raw.members.length === 0) throw new RosterError(file, '(gốc)', 'members', 'phải là mảng không rỗng');
  const members = raw.members.map((m, i) => validateMember(file, m, i));
  requireUnique(file, members, (m) => m.id, 'members', 'id');
  requireUnique(file, members, (m) => m.email, 'members', 'email');
  requireUnique(file, members, (m) => m.aadObjectId, 'members', 'aadObjectId');
  if (!Array.isArray(raw.units) || raw.units.length === 0) throw new RosterError(file, '(gốc)', 'units', 'phải là mảng không rỗng');
  const ids = new Set(members.map((m) => m.id));
  const units = raw.units.map((u, i) => validateUnit(file, u, i, ids));
  requireUnique(file, units, (u) => u.id, 'units', 'id');
  for (const role of ['chief', 'standing', 'secretary'] as const) {
    if (!members.some((m) => m.roles.includes(role))) throw new RosterError(file, 'members', 'roles', `phải có ít nhất một thành viên vai trò "${role}"`);
  }
  return { organisation, members, units };
}
