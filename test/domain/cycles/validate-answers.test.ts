import { expect } from 'chai';
import type { Unit } from '../../../src/domain/committee/committee.ts';
import { LIMITS, validateAnswers } from '../../../src/domain/cycles/validate-answers.ts';

const unit: Unit = { id: 'kinh-te', name: 'Phòng Kinh tế', area: 'Tài chính công', parAreas: ['the-che', 'tai-chinh-cong'], head: 'h' };

describe('validating a unit report', () => {
  it('accepts results in one area and cleans the text (NFC, control characters, line breaks kept)', () => {
    const nfd = 'Kết quả'.normalize('NFD');
    const { answers, problems } = validateAnswers(unit, undefined, { 'area_tai-chinh-cong': ` ${nfd}\u0007 dòng 1\r\ndòng 2 `, taskStatus: 'done', evidence: 'https://a.example.gov.vn/1\nhttp://b.example.gov.vn/2' });
    expect(problems).to.deep.equal([]);
    expect(answers!.areas).to.deep.equal({ 'tai-chinh-cong': 'Kết quả dòng 1\ndòng 2' });
    expect(answers!.areas['tai-chinh-cong']).to.equal(answers!.areas['tai-chinh-cong']!.normalize('NFC'));
    expect(answers!.taskStatus).to.equal('done');
    expect(answers!.evidence).to.deep.equal(['https://a.example.gov.vn/1', 'http://b.example.gov.vn/2']);
  });

  it('requires results in at least one area', () => {
    expect(validateAnswers(unit, undefined, { difficulties: 'x' }).problems).to.deep.equal([{ field: 'area_the-che', problem: 'atLeastOneArea' }]);
  });

  it('ignores areas the unit does not report on', () => {
    const { problems, answers } = validateAnswers(unit, undefined, { area_tthc: 'không thuộc đơn vị', 'area_the-che': 'có' });
    expect(problems).to.deep.equal([]);
    expect(answers!.areas).to.deep.equal({ 'the-che': 'có' });
  });

  it('caps every text field', () => {
    const long = 'a'.repeat(LIMITS.text + 1);
    const { problems } = validateAnswers(unit, undefined, { 'area_the-che': 'a'.repeat(LIMITS.area + 1), taskNote: 'a'.repeat(LIMITS.note + 1), difficulties: long, proposals: long, nextQuarterTasks: long });
    expect(problems.map((p) => [p.field, p.problem])).to.deep.equal([
      ['area_the-che', 'tooLong'],
      ['taskNote', 'tooLong'],
      ['nextQuarterTasks', 'tooLong'],
      ['difficulties', 'tooLong'],
      ['proposals', 'tooLong'],
    ]);
  });

  it('rejects an unknown progress choice, non-http links and too many links', () => {
    expect(validateAnswers(unit, undefined, { 'area_the-che': 'x', taskStatus: 'xong' }).problems).to.deep.equal([{ field: 'taskStatus', problem: 'badChoice' }]);
    expect(validateAnswers(unit, undefined, { 'area_the-che': 'x', evidence: 'javascript:alert(1)' }).problems).to.deep.equal([{ field: 'evidence', problem: 'badUrl' }]);
    expect(validateAnswers(unit, undefined, { 'area_the-che': 'x', evidence: 'ftp://x/y' }).problems).to.deep.equal([{ field: 'evidence', problem: 'badUrl' }]);
    const many = Array.from({ length: LIMITS.evidence + 1 }, (_, i) => `https://x.example/${i}`).join('\n');
    expect(validateAnswers(unit, undefined, { 'area_the-che': 'x', evidence: many }).problems).to.deep.equal([{ field: 'evidence', problem: 'tooMany', limit: LIMITS.evidence }]);
  });

  it('requires every ad-hoc question to be answered', () => {
    const questions = ['Số hồ sơ trễ hạn?', 'Nguyên nhân?'];
    expect(validateAnswers(unit, questions, { q_0: '12' }).problems).to.deep.equal([{ field: 'q_1', problem: 'required' }]);
    expect(validateAnswers(unit, questions, { q_0: '12', q_1: 'Thiếu người' }).answers!.answers).to.deep.equal(['12', 'Thiếu người']);
  });

  it('treats non-string inputs as empty', () => {
    expect(validateAnswers(unit, undefined, { 'area_the-che': { $ne: 1 } as unknown as string }).problems[0]!.problem).to.equal('atLeastOneArea');
  });
});
