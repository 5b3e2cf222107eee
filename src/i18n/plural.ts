import type { Locale } from './locale.ts';

/** The forms of a counted word: Vietnamese has one form, English one and other (CLDR plural categories). */
export interface PluralForms {
  one?: string;
  other: string;
}

const RULES: Record<Locale, Intl.PluralRules> = { vi: new Intl.PluralRules('vi-VN'), en: new Intl.PluralRules('en-GB') };

/** The form of `forms` for `n` under the language's plural rules ("unit" for 1, "units" otherwise in English). */
export function pluralForm(locale: Locale, n: number, forms: PluralForms): string {
  const category = RULES[locale].select(n);
  return (category === 'one' ? forms.one : undefined) ?? forms.other;
}

/** `n` and its counted word: count('en', 1, {one: 'unit', other: 'units'}) -> "1 unit"; in Vietnamese "1 đơn vị". */
export function count(locale: Locale, n: number, forms: PluralForms): string {
  return `${n} ${pluralForm(locale, n, forms)}`;
}
