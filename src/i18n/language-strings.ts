import type { Catalogue, Locale } from './locale.ts';

interface LanguageStrings {
  /** The name of a language as this language writes it. */
  names: Record<Locale, string>;
  current: (name: string, chosen: boolean) => string;
  changed: (name: string) => string;
  unknown: (text: string) => string;
}

/** The language command: `ngôn ngữ tiếng Việt` / `language English`. */
export const LANGUAGE: Catalogue<LanguageStrings> = {
  vi: {
    names: { vi: 'tiếng Việt', en: 'tiếng Anh' },
    current: (name, chosen) =>
      `Trợ lý đang trả lời Anh/Chị bằng ${name}${chosen ? ' (Anh/Chị đã chọn)' : ' (mặc định của Ban Chỉ đạo)'}. Để đổi, gõ "ngôn ngữ tiếng Việt" hoặc "language English". Văn bản chính thức luôn bằng tiếng Việt.`,
    changed: (name) => `Từ nay Trợ lý trả lời Anh/Chị bằng ${name}. Văn bản chính thức vẫn bằng tiếng Việt.`,
    unknown: (text) => `Trợ lý chưa hỗ trợ ngôn ngữ "${text}". Anh/Chị gõ "ngôn ngữ tiếng Việt" hoặc "language English".`,
  },
  en: {
    names: { vi: 'Vietnamese', en: 'English' },
    current: (name, chosen) =>
      `I answer you in ${name}${chosen ? ' (your choice)' : " (the committee's default)"}. To change it, type "language English" or "ngôn ngữ tiếng Việt". Official documents are always in Vietnamese.`,
    changed: (name) => `From now on I answer you in ${name}. Official documents stay in Vietnamese.`,
    unknown: (text) => `I do not speak "${text}" yet. Type "language English" or "ngôn ngữ tiếng Việt".`,
  },
};
