/** The PAR-index areas (Chỉ số CCHC) that unit reports and the compiled report are grouped by. */
export const PAR_AREAS = [
  'chi-dao-dieu-hanh',
  'the-che',
  'tthc',
  'to-chuc-bo-may',
  'cong-vu',
  'tai-chinh-cong',
  'chinh-quyen-so',
] as const;

export type ParArea = (typeof PAR_AREAS)[number];

/** Official Vietnamese and English titles of each area, in the order the report lists them. */
export const PAR_AREA_TITLES: Record<ParArea, { vi: string; en: string }> = {
  'chi-dao-dieu-hanh': { vi: 'Công tác chỉ đạo, điều hành cải cách hành chính', en: 'Direction and management of administrative reform' },
  'the-che': { vi: 'Cải cách thể chế', en: 'Institutional reform' },
  tthc: { vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' },
  'to-chuc-bo-may': { vi: 'Cải cách tổ chức bộ máy hành chính nhà nước', en: 'Reform of the state administrative apparatus' },
  'cong-vu': { vi: 'Cải cách chế độ công vụ', en: 'Civil service reform' },
  'tai-chinh-cong': { vi: 'Cải cách tài chính công', en: 'Public finance reform' },
  'chinh-quyen-so': { vi: 'Xây dựng, phát triển chính quyền điện tử, chính quyền số', en: 'E-government and digital government' },
};

/** Whether a value names one of the PAR-index areas. */
export function isParArea(value: unknown): value is ParArea {
  return typeof value === 'string' && (PAR_AREAS as readonly string[]).includes(value);
}
