import { expect } from 'chai';
import { documentIdentity, unitAbbreviation, type LetterheadSettings } from '../../../src/domain/report/document-identity.ts';

const UNSET: LetterheadSettings = { parentBody: '', issuingBody: 'VĂN PHÒNG', numberSuffix: 'BC-VP', place: '', signerTitles: [], recipients: [], archiveCode: '' };
const CHIEF = { name: 'Lê Văn Trưởng Ban', title: 'Chánh Văn phòng' };
const DEPUTY = { name: 'Võ Thị Phó Ban', title: 'Phó Chánh Văn phòng' };

describe('documentIdentity (Nghị định 30/2020: issuer, signer and recipients agree)', () => {
  it('signs a VĂN PHÒNG report as CHÁNH VĂN PHÒNG with the chief’s roster name, never TRƯỞNG BAN', () => {
    const l = documentIdentity(UNSET, { chief: CHIEF, city: 'Thành phố Hồ Chí Minh', draftingUnit: 'Phòng Hành chính – Tổ chức' });
    expect(l.signerTitles).to.deep.equal(['CHÁNH VĂN PHÒNG']);
    expect(l.signerName).to.equal('Lê Văn Trưởng Ban');
    expect(l.parentBody).to.equal('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH');
    expect(l.place).to.equal('Thành phố Hồ Chí Minh');
    expect(l.archiveCode).to.equal('HCTC');
    expect(l.recipients).to.deep.equal(['Ban Chỉ đạo CCHC Thành phố', 'Các thành viên Ban Chỉ đạo']);
  });

  it('under delegation: KT. CHÁNH VĂN PHÒNG over PHÓ CHÁNH VĂN PHÒNG, the deputy’s name, the chief told in Nơi nhận', () => {
    const l = documentIdentity(UNSET, { chief: CHIEF, deputy: DEPUTY });
    expect(l.signerTitles).to.deep.equal(['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
    expect(l.signerName).to.equal('Võ Thị Phó Ban');
    expect(l.recipients).to.include('Chánh Văn phòng (để báo cáo)');
  });

  it('drops the signer from configured recipients, by role, title or name, whatever the punctuation', () => {
    const settings = { ...UNSET, recipients: ['- Ban Chỉ đạo CCHC Thành phố;', 'Trưởng Ban Chỉ đạo;', 'Chánh Văn phòng (để b/c)', 'Lê Văn Trưởng Ban', 'Phó Trưởng Ban Chỉ đạo'] };
    expect(documentIdentity(settings, { chief: CHIEF }).recipients).to.deep.equal(['- Ban Chỉ đạo CCHC Thành phố;', 'Phó Trưởng Ban Chỉ đạo']);
    const delegated = documentIdentity(settings, { chief: CHIEF, deputy: DEPUTY }).recipients;
    expect(delegated).to.not.include('Phó Trưởng Ban Chỉ đạo');
    expect(delegated).to.include('Trưởng Ban Chỉ đạo;');
    expect(delegated).to.not.include('Chánh Văn phòng (để báo cáo)');
  });

  it('keeps what is configured: parent body, place, chief’s titles, archive code', () => {
    const settings = { ...UNSET, parentBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', place: 'Hà Nội', signerTitles: ['Chánh Văn phòng UBND'], archiveCode: 'VP' };
    const l = documentIdentity(settings, { chief: CHIEF, deputy: DEPUTY, city: 'Thành phố Hồ Chí Minh', draftingUnit: 'Phòng Tổng hợp' });
    expect(l).to.include({ parentBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', place: 'Hà Nội', archiveCode: 'VP' });
    expect(l.signerTitles).to.deep.equal(['KT. CHÁNH VĂN PHÒNG UBND', 'PHÓ CHÁNH VĂN PHÒNG']);
  });

  it('abbreviates a unit by the initials of its own name', () => {
    expect(unitAbbreviation('Phòng Hành chính – Tổ chức')).to.equal('HCTC');
    expect(unitAbbreviation('Phòng Kiểm soát thủ tục hành chính')).to.equal('KSTTHC');
    expect(unitAbbreviation('Trung tâm Tin học')).to.equal('TH');
    expect(unitAbbreviation('Phòng Đô thị')).to.equal('ĐT');
  });
});
