import type { Catalogue } from './locale.ts';

interface AbsenceStrings {
  unknownUnit: (text: string) => string;
  ambiguousUnit: (names: string) => string;
  noDeputy: (unit: string) => string;
  markedAbsent: (unit: string, deputy: string) => string;
  alreadyAbsent: (unit: string) => string;
  markedPresent: (unit: string) => string;
  alreadyPresent: (unit: string) => string;
}

/** Strings for marking a unit head absent (Điều 2.1: the deputy acts). */
export const ABSENCE: Catalogue<AbsenceStrings> = {
  vi: {
    unknownUnit: (t) => `Không tìm thấy đơn vị "${t}". Ví dụ: "vắng Phòng Kinh tế".`,
    ambiguousUnit: (names) => `Có nhiều đơn vị khớp: ${names}. Vui lòng ghi rõ tên đơn vị.`,
    noDeputy: (unit) => `${unit} chưa có cấp phó trong danh sách Ban Chỉ đạo nên không có người báo cáo thay.`,
    markedAbsent: (unit, deputy) => `Đã ghi nhận trưởng ${unit} vắng mặt; ${deputy} sẽ nhận phiếu và báo cáo thay.`,
    alreadyAbsent: (unit) => `Trưởng ${unit} đã được ghi nhận vắng mặt trước đó; không có gì thay đổi.`,
    markedPresent: (unit) => `Đã ghi nhận trưởng ${unit} có mặt trở lại.`,
    alreadyPresent: (unit) => `Trưởng ${unit} đang có mặt; không có gì thay đổi.`,
  },
  en: {
    unknownUnit: (t) => `No unit matches "${t}". Example: "absent Phòng Kinh tế".`,
    ambiguousUnit: (names) => `Several units match: ${names}. Please name the unit exactly.`,
    noDeputy: (unit) => `${unit} has no deputy on the roster who could report instead.`,
    markedAbsent: (unit, deputy) => `The head of ${unit} is marked absent; ${deputy} will receive the forms and report instead.`,
    alreadyAbsent: (unit) => `The head of ${unit} was already marked absent.`,
    markedPresent: (unit) => `The head of ${unit} is marked present again.`,
    alreadyPresent: (unit) => `The head of ${unit} is present; nothing changed.`,
  },
};
