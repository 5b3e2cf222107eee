import type { Letterhead } from './compiled-report.ts';

/**
 * Who issues, signs and receives the Office's report (Nghị định 30/2020): the letterhead, the
 * signature block and "Nơi nhận" must agree. A VĂN PHÒNG report (…/BC-VP) is signed by the head of
 * the Office in that capacity (CHÁNH VĂN PHÒNG), or by the deputy "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH
 * VĂN PHÒNG" under delegation; the signer is never a recipient. Pure: the feature passes roster facts.
 */

/** The letterhead as configured: empty strings and lists mean "not set, derive it". */
export interface LetterheadSettings {
  parentBody: string;
  issuingBody: string;
  numberSuffix: string;
  place: string;
  /** The chief's title lines when they sign; [] = the chief's office title on the roster. */
  signerTitles: string[];
  recipients: string[];
  archiveCode: string;
}

export interface SignerFacts {
  name: string;
  /** Office title on the roster, e.g. "Chánh Văn phòng", "Phó Chánh Văn phòng". */
  title: string;
}

export interface IdentityFacts {
  /** The city whose People's Committee the Office belongs to, e.g. "Thành phố Hồ Chí Minh" (committee.json). */
  city?: string;
  chief: SignerFacts;
  /** The deputy who signs by delegation (ký thay); absent when the chief signs. */
  deputy?: SignerFacts;
  /** The unit that drafts the report (the standing member's unit, e.g. "Phòng Hành chính – Tổ chức"). */
  draftingUnit?: string;
}

/** "Nơi nhận" when none is configured: the City committee (Điều 9.3) and the members; never the signer. */
export const DEFAULT_RECIPIENTS = ['Ban Chỉ đạo CCHC Thành phố', 'Các thành viên Ban Chỉ đạo'];
const FALLBACK_PARENT = 'ỦY BAN NHÂN DÂN THÀNH PHỐ';
const FALLBACK_PLACE = 'Thành phố Hồ Chí Minh';
const FALLBACK_CHIEF_TITLE = 'Chánh Văn phòng';
const FALLBACK_ARCHIVE = 'BCĐ CCHC';
/** Words that name the kind of unit, not the unit: left out of its abbreviation. */
const UNIT_KIND = /^(phòng|ban|trung tâm|văn phòng)\s+/iu;

const upper = (text: string) => text.toLocaleUpperCase('vi');

/** A recipient entry reduced to what it names: no dash, no "(để báo cáo)", no end punctuation, lower case. */
function named(entry: string): string {
  return entry
    .trim()
    .replace(/^[-–•]\s*/, '')
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/[;.,:\s]+$/, '')
    .trim()
    .toLocaleLowerCase('vi');
}

/** How the signer may appear in a "Nơi nhận" entry: by name, by office title, or by committee role. */
function signerAliases(signer: SignerFacts, role: 'chief' | 'deputy'): string[] {
  const roles = role === 'chief' ? ['trưởng ban', 'trưởng ban chỉ đạo', 'trưởng ban chỉ đạo cchc'] : ['phó trưởng ban', 'phó trưởng ban chỉ đạo', 'phó trưởng ban chỉ đạo cchc'];
  return [signer.name, signer.title, ...roles].map((a) => a.trim().toLocaleLowerCase('vi')).filter((a) => a !== '');
}

/** "Phòng Hành chính – Tổ chức" -> "HCTC": the initials of the unit's own name, as the archive line writes it. */
export function unitAbbreviation(unitName: string): string {
  const words = unitName.trim().replace(UNIT_KIND, '').split(/[\s–-]+/u).filter((w) => /\p{L}/u.test(w));
  return words.map((w) => upper(w.charAt(0))).join('');
}

/** The signature block: the chief's title, or "KT. <chief's title>" over the deputy's own title. */
export function signerTitleLines(settings: Pick<LetterheadSettings, 'signerTitles'>, facts: IdentityFacts): string[] {
  const chiefTitles = settings.signerTitles.length > 0 ? settings.signerTitles.map(upper) : [upper(facts.chief.title || FALLBACK_CHIEF_TITLE)];
  if (!facts.deputy) return chiefTitles;
  return [`KT. ${chiefTitles.at(-1)}`, upper(facts.deputy.title)];
}

/** "Nơi nhận": the configured entries without the signer; under delegation the chief is told ("để báo cáo"). */
export function recipientEntries(settings: Pick<LetterheadSettings, 'recipients'>, facts: IdentityFacts): string[] {
  const signer = facts.deputy ?? facts.chief;
  const aliases = new Set(signerAliases(signer, facts.deputy ? 'deputy' : 'chief'));
  const configured = (settings.recipients.length > 0 ? settings.recipients : DEFAULT_RECIPIENTS).filter((r) => named(r) !== '' && !aliases.has(named(r)));
  if (!facts.deputy) return configured;
  const chief = `${facts.chief.title || FALLBACK_CHIEF_TITLE} (để báo cáo)`;
  return configured.some((r) => signerAliases(facts.chief, 'chief').includes(named(r))) ? configured : [...configured, chief];
}

/** The letterhead of one document: configuration where set, otherwise derived from the roster. */
export function documentIdentity(settings: LetterheadSettings, facts: IdentityFacts): Letterhead {
  const city = facts.city?.trim();
  return {
    // Two lines, as the City's own letterhead writes it; the column is too narrow for one.
    parentBody: settings.parentBody || (city ? `ỦY BAN NHÂN DÂN\n${upper(city)}` : FALLBACK_PARENT),
    issuingBody: settings.issuingBody,
    numberSuffix: settings.numberSuffix,
    place: settings.place || city || FALLBACK_PLACE,
    signerTitles: signerTitleLines(settings, facts),
    signerName: (facts.deputy ?? facts.chief).name,
    recipients: recipientEntries(settings, facts),
    archiveCode: settings.archiveCode || (facts.draftingUnit ? unitAbbreviation(facts.draftingUnit) : '') || FALLBACK_ARCHIVE,
  };
}
