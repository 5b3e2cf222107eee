import { expect } from 'chai';
import type { Unit } from '../../../src/domain/committee/committee.ts';
import type { FormTask } from '../../../src/domain/cycles/form-tasks.ts';
import { LIMITS, validateAnswers } from '../../../src/domain/cycles/validate-answers.ts';
import type { PlanTask } from '../../../src/domain/plan/plan-model.ts';

const unit: Unit = { id: 'kinh-te', name: 'Phòng Kinh tế', area: 'Tài chính công', parAreas: ['the-che', 'tai-chinh-cong'], head: 'h' };

describe('validating a unit report', () => {
  it('accepts results in one area and cleans the text (NFC, control characters, line breaks kept)', () => {
    const nfd = 'Kết quả'.normalize('NFD');
    const { answers, problems } = validateAnswers(unit, undefined, { 'area_tai-chinh-cong': ` ${nfd}\u0007 dòng 1\r\ndòng 2 `, evidence: 'https://a.example.gov.vn/1\nhttp://b.example.gov.vn/2' });
    expect(problems).to.deep.equal([]);
    expect(answers!.areas).to.deep.equal({ 'tai-chinh-cong': 'Kết quả dòng 1\ndòng 2' });
    expect(answers!.areas['tai-chinh-cong']).to.equal(answers!.areas['tai-chinh-cong']!.normalize('NFC'));
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
    const { problems } = validateAnswers(unit, undefined, { 'area_the-che': 'a'.repeat(LIMITS.area + 1), difficulties: long, proposals: long, nextQuarterTasks: long });
    expect(problems.map((p) => [p.field, p.problem])).to.deep.equal([
      ['area_the-che', 'tooLong'],
      ['nextQuarterTasks', 'tooLong'],
      ['difficulties', 'tooLong'],
      ['proposals', 'tooLong'],
    ]);
  });

  it('rejects non-http links and too many links', () => {
    expect(validateAnswers(unit, undefined, { 'area_the-che': 'x', evidence: 'javascript:alert(1)' }).problems).to.deep.equal([{ field: 'evidence', problem: 'badUrl' }]);
    expect(validateAnswers(unit, undefined, { 'area_the-che': 'x', evidence: 'ftp://x/y' }).problems).to.deep.equal([{ field: 'evidence', problem: 'badUrl' }]);
    const many = Array.from({ length: LIMITS.evidence + 1 }, (_, i) => `https://x.example/${i}`).join('\n');
    expect(validateAnswers(unit, undefined, { 'area_the-che': 'x', evidence: many }).problems).to.deep.equal([{ field: 'evidence', problem: 'tooMany', limit: LIMITS.evidence }]);
  });

  describe('plan tasks listed on the form', () => {
    const task = (id: string, lead: string): PlanTask => ({ id, number: id.slice(2), content: `Nhiệm vụ ${id}`, area: 'the-che', leadUnitId: lead, cooperatingUnitIds: ['kinh-te'], deadline: { kind: 'quarter', quarter: 4 }, output: 'Báo cáo', status: 'not-started', result: '', history: [] });
    const tasks: FormTask[] = [
      { task: task('t-1', 'kinh-te'), due: '2026-12-31', lead: true },
      { task: task('t-2', 'van-xa'), due: '2026-12-31', lead: false },
      { task: task('t-3', 'kinh-te'), due: '2026-12-31', lead: true },
    ];

    it('keeps the lead unit\'s status and result, a cooperating unit\'s result only, and skips tasks left empty', () => {
      const { answers, problems } = validateAnswers(unit, undefined, { 'area_the-che': 'x', 'task_t-1_status': 'done', 'task_t-1_result': ' Đã ban hành ', 'task_t-2_status': 'done', 'task_t-2_result': 'Góp ý dự thảo' }, { tasks });
      expect(problems).to.deep.equal([]);
      expect(answers!.tasks).to.deep.equal([
        { taskId: 't-1', number: '1', content: 'Nhiệm vụ t-1', status: 'done', result: 'Đã ban hành' },
        { taskId: 't-2', number: '2', content: 'Nhiệm vụ t-2', result: 'Góp ý dự thảo' },
      ]);
    });

    it('refuses an unknown status and a result over the limit, naming the task\'s inputs', () => {
      const { answers, problems } = validateAnswers(unit, undefined, { 'area_the-che': 'x', 'task_t-1_status': 'xong', 'task_t-3_result': 'a'.repeat(LIMITS.taskResult + 1) }, { tasks });
      expect(answers).to.equal(undefined);
      expect(problems).to.deep.equal([
        { field: 'task_t-1_status', problem: 'badChoice' },
        { field: 'task_t-3_result', problem: 'tooLong', limit: LIMITS.taskResult },
      ]);
    });

    it('no longer reads the single progress field of the old form', () => {
      expect(validateAnswers(unit, undefined, { 'area_the-che': 'x', taskStatus: 'done' }).answers!.taskStatus).to.equal(undefined);
    });
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
