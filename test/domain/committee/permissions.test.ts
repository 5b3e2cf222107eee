import { expect } from 'chai';
import type { Member } from '../../../src/domain/committee/committee.ts';
import { ACTIONS, allowedActions, can, unitsActingFor, type Action, type PermissionContext } from '../../../src/domain/committee/permissions.ts';
import { createTestRoster } from '../../fixtures/committee.ts';

const roster = createTestRoster();

function ctx(absentUnits: string[] = [], approvalDelegated = false): PermissionContext {
  return { roster, absentHeads: new Set(absentUnits), approvalDelegated };
}

function memberOf(id: string): Member {
  const m = roster.member(id);
  if (!m) throw new Error(`fixture has no member ${id}`);
  return m;
}

/** Each actor: who they are and the permission context they act in. */
const ACTORS = {
  chief: { member: memberOf('truong-ban'), ctx: ctx() },
  deputyChief: { member: memberOf('pho-truong-ban'), ctx: ctx() },
  standing: { member: memberOf('thuong-truc'), ctx: ctx() },
  secretary: { member: memberOf('thu-ky'), ctx: ctx() },
  unitHead: { member: memberOf('truong-kinh-te'), ctx: ctx() },
  deputyHeadPresent: { member: memberOf('pho-kinh-te'), ctx: ctx() },
  deputyHeadAbsent: { member: memberOf('pho-kinh-te'), ctx: ctx(['kinh-te']) },
  nonMember: { member: undefined, ctx: ctx() },
} satisfies Record<string, { member: Member | undefined; ctx: PermissionContext }>;

type Actor = keyof typeof ACTORS;
const ALL = Object.keys(ACTORS) as Actor[];
const MEMBERS = ALL.filter((a) => a !== 'nonMember');
const LEADERS: Actor[] = ['chief', 'deputyChief', 'standing'];
const IN_A_UNIT: Actor[] = ['standing', 'unitHead', 'deputyHeadPresent', 'deputyHeadAbsent'];

/** Who may take each action when no unit is named (the help card's view). */
const WITHOUT_UNIT: Record<Action, Actor[]> = {
  help: ALL,
  whoami: MEMBERS,
  'language.set': MEMBERS,
  'cycle.open': LEADERS,
  'cycle.adhoc': LEADERS,
  'status.all': LEADERS,
  'status.own': IN_A_UNIT,
  remind: LEADERS,
  compile: ['standing'],
  'report.send': ['standing'],
  'report.history': LEADERS,
  'report.stats': LEADERS,
  'report.submit': [],
  'unit.markAbsent': LEADERS,
  'meeting.schedule': ['chief', 'deputyChief', 'secretary'],
  'meeting.respond': MEMBERS,
  'meeting.approveAbsence': ['chief'],
  'meeting.conclude': ['chief', 'deputyChief', 'secretary'],
  'tasks.viewAll': ['chief', 'deputyChief', 'standing', 'secretary'],
  'tasks.viewOwn': IN_A_UNIT,
  'task.update': IN_A_UNIT,
  'delegation.manage': ['chief'],
  'plan.import': ['standing'],
  'plan.viewAll': LEADERS,
  'plan.viewOwn': IN_A_UNIT,
  'plan.edit': LEADERS,
  'poll.create': ['chief', 'deputyChief', 'secretary'],
  'poll.answer': MEMBERS,
  'poll.decide': ['chief'],
  'documents.view': MEMBERS,
  'synthesis.edit': ['deputyChief', 'standing'],
  'synthesis.approve': ['chief'],
  'synthesis.view': MEMBERS,
  'selfAssessment.open': LEADERS,
  'selfAssessment.score': [],
  'selfAssessment.review': ['standing'],
  'selfAssessment.viewAll': LEADERS,
  'selfAssessment.viewOwn': IN_A_UNIT,
  'selfAssessment.compile': ['deputyChief', 'standing'],
  'selfAssessment.approve': ['chief'],
  'initiative.register': MEMBERS,
  // The standing member heads Phòng Hành chính – Tổ chức, the unit with the initiatives duty in the demo roster.
  'initiative.review': ['standing'],
  'initiative.viewAll': LEADERS,
  'inspection.create': LEADERS,
  'inspection.record': MEMBERS,
  'inspection.selfReport': IN_A_UNIT,
  'inspection.forward': ['standing'],
  'inspection.conclude': ['chief'],
  'channel.link': ['standing', 'secretary'],
  'channel.view': MEMBERS,
};

describe('permissions: role × action', () => {
  it('the table covers every action in ACTIONS', () => {
    expect(Object.keys(WITHOUT_UNIT)).to.have.members([...ACTIONS]);
  });

  for (const action of ACTIONS) {
    it(`${action}: allowed for ${WITHOUT_UNIT[action].join(', ') || 'nobody'} (no unit named)`, () => {
      const allowed = ALL.filter((a) => can(ACTORS[a].member, action, ACTORS[a].ctx));
      expect(allowed).to.have.members(WITHOUT_UNIT[action]);
    });
  }
});

describe('permissions: unit-scoped actions', () => {
  /** [actor, unit, expected] rows for one action. */
  function check(action: Action, rows: Array<[Actor, string, boolean]>): void {
    for (const [actor, unitId, expected] of rows) {
      expect(can(ACTORS[actor].member, action, ACTORS[actor].ctx, unitId), `${actor} ${action} ${unitId}`).to.equal(expected);
    }
  }

  it('report.submit: own unit yes, another unit no; the deputy only while the head is absent', () => {
    check('report.submit', [
      ['unitHead', 'kinh-te', true],
      ['unitHead', 'van-xa', false],
      ['deputyHeadPresent', 'kinh-te', false],
      ['deputyHeadAbsent', 'kinh-te', true],
      ['deputyHeadAbsent', 'van-xa', false],
      ['standing', 'hanh-chinh-to-chuc', true],
      ['standing', 'kinh-te', false],
      ['chief', 'kinh-te', false],
      ['secretary', 'kinh-te', false],
      ['nonMember', 'kinh-te', false],
    ]);
  });

  it('selfAssessment.score: as report.submit, whoever reports for the unit', () => {
    check('selfAssessment.score', [
      ['unitHead', 'kinh-te', true],
      ['unitHead', 'van-xa', false],
      ['deputyHeadPresent', 'kinh-te', false],
      ['deputyHeadAbsent', 'kinh-te', true],
      ['standing', 'hanh-chinh-to-chuc', true],
      ['standing', 'kinh-te', false],
      ['chief', 'kinh-te', false],
      ['nonMember', 'kinh-te', false],
    ]);
  });

  it('report.submit: a head may still submit for a unit marked absent', () => {
    expect(can(memberOf('truong-kinh-te'), 'report.submit', ctx(['kinh-te']), 'kinh-te')).to.equal(true);
  });

  it('unit.markAbsent: a head for their own unit, leaders for any unit', () => {
    check('unit.markAbsent', [
      ['unitHead', 'kinh-te', true],
      ['unitHead', 'van-xa', false],
      ['deputyHeadPresent', 'kinh-te', false],
      ['standing', 'kinh-te', true],
      ['chief', 'van-xa', true],
      ['deputyChief', 'van-xa', true],
      ['secretary', 'kinh-te', false],
      ['nonMember', 'kinh-te', false],
    ]);
  });

  it("task.update: the unit's head and deputy only, never another unit's member", () => {
    check('task.update', [
      ['unitHead', 'kinh-te', true],
      ['unitHead', 'van-xa', false],
      ['deputyHeadPresent', 'kinh-te', true],
      ['deputyHeadAbsent', 'kinh-te', true],
      ['deputyHeadPresent', 'van-xa', false],
      ['standing', 'hanh-chinh-to-chuc', true],
      ['standing', 'kinh-te', false],
      ['chief', 'kinh-te', false],
      ['nonMember', 'kinh-te', false],
    ]);
  });

  it('meeting.approveAbsence: the chief always; the deputy chief only when delegated', () => {
    const delegated = ctx([], true);
    expect(can(memberOf('truong-ban'), 'meeting.approveAbsence', delegated)).to.equal(true);
    expect(can(memberOf('pho-truong-ban'), 'meeting.approveAbsence', delegated)).to.equal(true);
    expect(can(memberOf('pho-truong-ban'), 'meeting.approveAbsence', ctx([], false))).to.equal(false);
    expect(can(memberOf('thuong-truc'), 'meeting.approveAbsence', delegated)).to.equal(false);
    expect(can(memberOf('thu-ky'), 'meeting.approveAbsence', delegated)).to.equal(false);
    expect(can(undefined, 'meeting.approveAbsence', delegated)).to.equal(false);
  });

  it('unitsActingFor: headed units, plus deputised units whose head is absent', () => {
    expect(unitsActingFor(memberOf('thuong-truc'), ctx())).to.deep.equal(['hanh-chinh-to-chuc']);
    expect(unitsActingFor(memberOf('pho-kinh-te'), ctx())).to.deep.equal([]);
    expect(unitsActingFor(memberOf('pho-kinh-te'), ctx(['kinh-te']))).to.deep.equal(['kinh-te']);
    expect(unitsActingFor(memberOf('truong-ban'), ctx(['kinh-te']))).to.deep.equal([]);
  });
});

describe('allowedActions (drives the help card)', () => {
  it('lists only help for a non-member', () => {
    expect(allowedActions(undefined, ctx())).to.deep.equal(['help']);
  });

  it("lists a unit head's own-unit commands in ACTIONS order, including submitting and marking absence", () => {
    expect(allowedActions(memberOf('truong-kinh-te'), ctx())).to.deep.equal([
      'help',
      'whoami',
      'language.set',
      'status.own',
      'report.submit',
      'unit.markAbsent',
      'meeting.respond',
      'tasks.viewOwn',
      'task.update',
      'plan.viewOwn',
      'poll.answer',
      'documents.view',
      'synthesis.view',
      'selfAssessment.score',
      'selfAssessment.viewOwn',
      'initiative.register',
      'inspection.record',
      'inspection.selfReport',
      'channel.view',
    ]);
  });

  it('offers report.submit to a deputy only while the head is absent', () => {
    expect(allowedActions(memberOf('pho-kinh-te'), ctx())).to.not.include('report.submit');
    expect(allowedActions(memberOf('pho-kinh-te'), ctx(['kinh-te']))).to.include('report.submit');
    expect(allowedActions(memberOf('pho-kinh-te'), ctx(['kinh-te']))).to.not.include('unit.markAbsent');
  });

  it('gives a person with two roles the union: standing member and unit head', () => {
    const actions = allowedActions(memberOf('thuong-truc'), ctx());
    expect(actions).to.include.members(['cycle.open', 'compile', 'report.send', 'report.submit', 'status.own', 'task.update']);
    expect(actions).to.not.include('meeting.approveAbsence');
  });

  it('matches can() for every action that needs no unit', () => {
    for (const actor of ALL) {
      const { member, ctx: c } = ACTORS[actor];
      const unitScoped = (a: Action) => a === 'report.submit' || a === 'selfAssessment.score' || a === 'unit.markAbsent';
      const expected = ACTIONS.filter((a) => !unitScoped(a) && can(member, a, c));
      const actual = allowedActions(member, c).filter((a) => !unitScoped(a));
      expect(actual, actor).to.deep.equal(expected);
    }
  });

  it('adds meeting.approveAbsence for the deputy chief once delegated', () => {
    expect(allowedActions(memberOf('pho-truong-ban'), ctx())).to.not.include('meeting.approveAbsence');
    expect(allowedActions(memberOf('pho-truong-ban'), ctx([], true))).to.include('meeting.approveAbsence');
  });
});
