import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { createRoster } from '../../../src/domain/committee/committee.ts';
import { RosterError, validateCommittee } from '../../../src/domain/committee/validate-committee.ts';
import { readCommitteeFile } from '../../../src/store/committee-file.ts';
import { createCommittee } from '../../fixtures/committee.ts';

const SHIPPED = fileURLToPath(new URL('../../../data/committee.json', import.meta.url));
const FILE = 'data/committee.json';

type Raw = Record<string, unknown> & { members: Array<Record<string, unknown>>; units: Array<Record<string, unknown>> };

/** The fixture as loose JSON, as it would come out of JSON.parse, with one change applied. */
function rawWith(change: (raw: Raw) => void): Raw {
  const raw = structuredClone(createCommittee()) as unknown as Raw;
  change(raw);
  return raw;
}

function member(raw: Raw, id: string): Record<string, unknown> {
  const found = raw.members.find((m) => m.id === id);
  if (!found) throw new Error(`fixture has no member ${id}`);
  return found;
}

function unit(raw: Raw, id: string): Record<string, unknown> {
  const found = raw.units.find((u) => u.id === id);
  if (!found) throw new Error(`fixture has no unit ${id}`);
  return found;
}

/** Runs validation expecting a RosterError and returns it. */
function rosterError(raw: unknown): RosterError {
  try {
    validateCommittee(raw, FILE);
  } catch (error) {
    expect(error).to.be.instanceOf(RosterError);
    const e = error as RosterError;
    expect(e.file).to.equal(FILE);
    expect(e.message).to.contain(FILE).and.contain(e.entry).and.contain(`"${e.field}"`);
    return e;
  }
  throw new Error('expected a RosterError, but the committee validated');
}

describe('validateCommittee: the shipped roster', () => {
  it('validates data/committee.json with 16+ members and 12 units', async () => {
    const committee = await readCommitteeFile(SHIPPED);
    expect(committee.members.length).to.be.at.least(16);
    expect(committee.units).to.have.length(12);
    for (const u of committee.units) expect(committee.members.map((m) => m.id)).to.include(u.head);
  });

  it('has one person in two roles: the standing member heads hanh-chinh-to-chuc', async () => {
    const roster = createRoster(await readCommitteeFile(SHIPPED));
    expect(roster.member('thuong-truc')?.roles).to.include('standing');
    expect(roster.unitsHeadedBy('thuong-truc').map((u) => u.id)).to.deep.equal(['hanh-chinh-to-chuc']);
    expect(roster.withRole('chief').map((m) => m.id)).to.deep.equal(['truong-ban']);
    expect(roster.withRole('deputyChief').map((m) => m.id)).to.deep.equal(['pho-truong-ban']);
    expect(roster.withRole('secretary').map((m) => m.id)).to.deep.equal(['thu-ky']);
  });

  it('looks members up by e-mail and Entra object id regardless of case', async () => {
    const roster = createRoster(await readCommitteeFile(SHIPPED));
    expect(roster.byEmail('THUKY@vanphong.example.gov.vn')?.id).to.equal('thu-ky');
    expect(roster.byAadObjectId('00000000-0000-4000-8000-000000000004'.toUpperCase())?.id).to.equal('thu-ky');
  });

  it('accepts the fixture committee and normalises names to NFC', () => {
    const raw = rawWith((r) => {
      member(r, 'thu-ky').name = '  Phạm Thị Thư Ký  '.normalize('NFD');
    });
    const committee = validateCommittee(raw, FILE);
    expect(committee.members.find((m) => m.id === 'thu-ky')?.name).to.equal('Phạm Thị Thư Ký'.normalize('NFC'));
  });
});

describe('validateCommittee: bad entries name file, entry and field', () => {
  const cases: Array<{ what: string; change: (raw: Raw) => void; entry: string; field: string; says?: RegExp }> = [
    { what: 'missing name', change: (r) => delete member(r, 'thu-ky').name, entry: 'members[3] (thu-ky)', field: 'name' },
    { what: 'blank name', change: (r) => (member(r, 'thu-ky').name = '   '), entry: 'members[3] (thu-ky)', field: 'name' },
    { what: 'bad email', change: (r) => (member(r, 'thu-ky').email = 'thu-ky.example.gov.vn'), entry: 'members[3] (thu-ky)', field: 'email', says: /thu-ky\.example\.gov\.vn/ },
    { what: 'bad aadObjectId', change: (r) => (member(r, 'thu-ky').aadObjectId = 'not-a-guid'), entry: 'members[3] (thu-ky)', field: 'aadObjectId', says: /GUID/ },
    { what: 'unknown role', change: (r) => (member(r, 'thu-ky').roles = ['secretary', 'boss']), entry: 'members[3] (thu-ky)', field: 'roles', says: /"boss"/ },
    { what: 'roles not an array', change: (r) => (member(r, 'thu-ky').roles = 'secretary'), entry: 'members[3] (thu-ky)', field: 'roles' },
    { what: 'id with capitals', change: (r) => (member(r, 'thu-ky').id = 'Thu-Ky'), entry: 'members[3] (Thu-Ky)', field: 'id' },
    { what: 'unit head not a member', change: (r) => (unit(r, 'van-xa').head = 'truong-khong-co'), entry: 'units[1] (van-xa)', field: 'head', says: /truong-khong-co/ },
    { what: 'unit deputy not a member', change: (r) => (unit(r, 'kinh-te').deputy = 'pho-khong-co'), entry: 'units[0] (kinh-te)', field: 'deputy', says: /pho-khong-co/ },
    { what: 'unknown PAR area', change: (r) => (unit(r, 'kinh-te').parAreas = ['tthc', 'thue']), entry: 'units[0] (kinh-te)', field: 'parAreas', says: /"thue"/ },
    { what: 'empty PAR areas', change: (r) => (unit(r, 'kinh-te').parAreas = []), entry: 'units[0] (kinh-te)', field: 'parAreas' },
    { what: 'deputy == head', change: (r) => (unit(r, 'kinh-te').deputy = 'truong-kinh-te'), entry: 'units[0] (kinh-te)', field: 'deputy' },
    {
      what: 'duplicate member id',
      change: (r) => (member(r, 'pho-kinh-te').id = 'truong-kinh-te'),
      entry: 'members[5] (truong-kinh-te)',
      field: 'id',
      says: /members\[4\]/,
    },
    {
      what: 'duplicate email (case-insensitive)',
      change: (r) => (member(r, 'pho-kinh-te').email = String(member(r, 'truong-kinh-te').email).toUpperCase()),
      entry: 'members[5] (pho-kinh-te)',
      field: 'email',
      says: /members\[4\] \(truong-kinh-te\)/,
    },
    {
      // The index must be the member's place in the file, even when earlier members have no object id.
      what: 'duplicate aadObjectId',
      change: (r) => {
        delete member(r, 'truong-ban').aadObjectId;
        member(r, 'pho-kinh-te').aadObjectId = member(r, 'truong-kinh-te').aadObjectId;
      },
      entry: 'members[5] (pho-kinh-te)',
      field: 'aadObjectId',
    },
    { what: 'duplicate unit id', change: (r) => (unit(r, 'van-xa').id = 'kinh-te'), entry: 'units[1] (kinh-te)', field: 'id' },
    { what: 'no chief', change: (r) => (member(r, 'truong-ban').roles = []), entry: 'members', field: 'roles', says: /"chief"/ },
    { what: 'no standing member', change: (r) => (member(r, 'thuong-truc').roles = []), entry: 'members', field: 'roles', says: /"standing"/ },
    { what: 'no secretary', change: (r) => (member(r, 'thu-ky').roles = []), entry: 'members', field: 'roles', says: /"secretary"/ },
    { what: 'members missing', change: (r) => delete (r as Record<string, unknown>).members, entry: '(gốc)', field: 'members' },
    { what: 'units empty', change: (r) => (r.units = []), entry: '(gốc)', field: 'units' },
    { what: 'organisation missing', change: (r) => delete r.organisation, entry: '(gốc)', field: 'organisation' },
    { what: 'member not an object', change: (r) => (r.members[2] = 'thuong-truc' as unknown as Record<string, unknown>), entry: 'members[2]', field: '(toàn bộ)' },
  ];

  for (const c of cases) {
    it(`${c.what} -> ${c.entry}, field "${c.field}"`, () => {
      const error = rosterError(rawWith(c.change));
      expect(error.entry).to.equal(c.entry);
      expect(error.field).to.equal(c.field);
      if (c.says) expect(error.problem).to.match(c.says);
    });
  }

  it('refuses a root that is not an object', () => {
    expect(rosterError([]).entry).to.equal('(gốc)');
  });
});
