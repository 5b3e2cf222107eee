import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Committee } from '../../src/domain/committee/committee.ts';
import { validateCommittee } from '../../src/domain/committee/validate-committee.ts';
import { PAR_AREAS } from '../../src/domain/par-areas.ts';

/** The standing member; also heads unit 1 so their chat gets a form as well as the progress card. */
export const STANDING = 'thuong-truc';

/** Unit id of the i-th generated unit (1-based), e.g. "phuong-0007". */
export const unitId = (i: number): string => `phuong-${String(i).padStart(4, '0')}`;

/** Entra object id of the i-th generated member; distinct from every other index. */
const guid = (i: number): string => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

/**
 * A city-scale committee: chief, secretary, the standing member and one head per unit
 * (wards and offices), each unit reporting on two PAR areas. Validated like the real file.
 */
export function cityCommittee(units: number): Committee {
  const members = [
    { id: 'truong-ban', name: 'Lê Văn Trưởng Ban', title: 'Chánh Văn phòng', email: 'truongban@thanhpho.example.gov.vn', aadObjectId: guid(1), roles: ['chief'] },
    { id: 'thu-ky', name: 'Phạm Thị Thư Ký', title: 'Chuyên viên', email: 'thuky@thanhpho.example.gov.vn', aadObjectId: guid(2), roles: ['secretary'] },
    { id: STANDING, name: 'Trần Thị Thường Trực', title: 'Trưởng phòng Hành chính – Tổ chức', email: 'thuongtruc@thanhpho.example.gov.vn', aadObjectId: guid(3), roles: ['standing'] },
  ];
  const unitList = [];
  for (let i = 1; i <= units; i++) {
    const id = unitId(i);
    const head = i === 1 ? STANDING : `truong-${id}`;
    if (i !== 1) members.push({ id: head, name: `Nguyễn Văn Trưởng ${i}`, title: `Chủ tịch UBND Phường ${i}`, email: `${head}@thanhpho.example.gov.vn`, aadObjectId: guid(100 + i), roles: [] });
    unitList.push({
      id,
      name: `Ủy ban nhân dân Phường ${i}`,
      area: 'Thực hiện nhiệm vụ cải cách hành chính trên địa bàn phường',
      parAreas: [PAR_AREAS[i % PAR_AREAS.length]!, PAR_AREAS[(i + 3) % PAR_AREAS.length]!],
      head,
    });
  }
  const raw = { organisation: { name: 'Ban Chỉ đạo Cải cách hành chính Thành phố', shortName: 'BCĐ CCHC Thành phố' }, members, units: unitList };
  return validateCommittee(raw, `city-committee-${units}`);
}

/** Writes the committee JSON for COMMITTEE_FILE into `dir`; returns the file path. */
export async function writeCommitteeFile(dir: string, units: number): Promise<string> {
  const file = path.join(dir, `committee-${units}.json`);
  await writeFile(file, JSON.stringify(cityCommittee(units), null, 2), 'utf8');
  return file;
}
