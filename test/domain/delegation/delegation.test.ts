import { expect } from 'chai';
import { checkDelegationPeriod, delegationInForce, delegationToRevoke, type Delegation, type DelegationBook } from '../../../src/domain/delegation/delegation.ts';
import { parsePeriod } from '../../../src/domain/delegation/parse-period.ts';

function delegation(from: string, to: string, overrides: Partial<Delegation> = {}): Delegation {
  return { id: `uq-${from}`, from, to, grantedBy: 'truong-ban', grantedAt: '2026-11-20T02:00:00.000Z', ...overrides };
}

describe('delegation rules (Điều 5.1)', () => {
  const book: DelegationBook = { items: [delegation('2026-11-23', '2026-11-27'), delegation('2026-12-07', '2026-12-11', { revokedAt: '2026-11-20T03:00:00.000Z' })] };

  it('is in force from its first to its last day inclusive, never once revoked', () => {
    expect(delegationInForce(book, '2026-11-22')).to.equal(undefined);
    expect(delegationInForce(book, '2026-11-23')?.id).to.equal('uq-2026-11-23');
    expect(delegationInForce(book, '2026-11-27')?.id).to.equal('uq-2026-11-23');
    expect(delegationInForce(book, '2026-11-28')).to.equal(undefined);
    expect(delegationInForce(book, '2026-12-08')).to.equal(undefined);
  });

  it('refuses a period ending before it starts, starting in the past, or overlapping one that still counts', () => {
    expect(checkDelegationPeriod(book, '2026-11-30', '2026-11-29', '2026-11-20')).to.deep.equal({ kind: 'end-before-start' });
    expect(checkDelegationPeriod(book, '2026-11-19', '2026-11-21', '2026-11-20')).to.deep.equal({ kind: 'starts-in-past' });
    expect(checkDelegationPeriod(book, '2026-11-27', '2026-11-30', '2026-11-20')).to.deep.include({ kind: 'overlaps' });
    expect(checkDelegationPeriod(book, '2026-11-16', '2026-11-23', '2026-11-16')).to.deep.include({ kind: 'overlaps' });
    // Touching is not overlapping; a revoked period frees its days.
    expect(checkDelegationPeriod(book, '2026-11-28', '2026-11-30', '2026-11-20')).to.equal(undefined);
    expect(checkDelegationPeriod(book, '2026-12-07', '2026-12-11', '2026-11-20')).to.equal(undefined);
    // A delegation whose last day has passed no longer blocks.
    expect(checkDelegationPeriod(book, '2026-11-30', '2026-12-01', '2026-11-30')).to.equal(undefined);
  });

  it('revokes the one in force, else the next one to come', () => {
    expect(delegationToRevoke(book, '2026-11-24')?.id).to.equal('uq-2026-11-23');
    expect(delegationToRevoke(book, '2026-11-20')?.id).to.equal('uq-2026-11-23');
    expect(delegationToRevoke(book, '2026-11-28')).to.equal(undefined);
  });

  it('reads two dd/mm/yyyy dates with or without words around them', () => {
    expect(parsePeriod('07/12/2026 18/12/2026')).to.deep.equal({ ok: true, from: '2026-12-07', to: '2026-12-18' });
    expect(parsePeriod('từ 7/12/2026 đến 18/12/2026')).to.deep.equal({ ok: true, from: '2026-12-07', to: '2026-12-18' });
    expect(parsePeriod('31/02/2026 03/03/2026')).to.deep.equal({ ok: false, bad: '31/02/2026' });
    expect(parsePeriod('07/12/2026')).to.deep.equal({ ok: false });
  });
});
