// Every error class of the bot carries a code from one taxonomy and says what to do; the API-refused
// and the network-failed cases stay distinct (grammY's GrammyError vs HttpError).
import { expect } from 'chai';
import { CardTooLargeError } from '../../src/cards/render-card.ts';
import { CalendarInputError, HolidayDataError } from '../../src/domain/calendar/calendar-errors.ts';
import { RosterError } from '../../src/domain/committee/validate-committee.ts';
import { MeetingInputError } from '../../src/domain/meetings/meeting-input-error.ts';
import { CodedError, ErrorCode, isStartUpError, type ErrorCode as Code } from '../../src/errors/coded-error.ts';
import { ConfigError } from '../../src/errors/config-error.ts';
import { NetworkError } from '../../src/errors/network-error.ts';
import { GraphError, toGraphError } from '../../src/graph/graph-error.ts';
import { SchedulerConfigError } from '../../src/scheduler/scheduler.ts';
import { HolidayFileError } from '../../src/store/holidays-file.ts';
import { StoreCorruptError, StoreUnavailableError, VersionConflictError } from '../../src/store/store-errors.ts';
import { ConnectorError, toConnectorError } from '../../src/teams/connector-error.ts';
import { UnsupportedTokenError } from '../../src/teams/entra-auth-provider.ts';
import { CalendarRefusedError } from '../../src/features/meetings/meeting-calendar.ts';

describe('coded errors', () => {
  const cases: Array<{ error: CodedError; code: Code; startUp: boolean }> = [
    { error: new ConfigError(['PORT="x" phải là số nguyên']), code: ErrorCode.ConfigInvalid, startUp: true },
    { error: new RosterError('data/committee.json', 'members[3] (thu-ky)', 'email', 'sai'), code: ErrorCode.RosterInvalid, startUp: true },
    { error: new HolidayFileError('data/holidays.json', 'years.2026.holidays[1].date', 'sai'), code: ErrorCode.HolidaysInvalid, startUp: true },
    { error: new HolidayDataError('added[0].name', 'sai'), code: ErrorCode.HolidaysInvalid, startUp: true },
    { error: new StoreCorruptError('data/state/cycles/x.json', new SyntaxError('Unexpected end')), code: ErrorCode.StoreCorrupt, startUp: true },
    { error: new StoreUnavailableError('DATABASE_URL unreachable', new Error('ECONNREFUSED')), code: ErrorCode.StoreUnavailable, startUp: true },
    { error: new VersionConflictError('mail/k', 2), code: ErrorCode.StoreConflict, startUp: false },
    { error: new SchedulerConfigError('nope'), code: ErrorCode.SchedulerConfigInvalid, startUp: true },
    { error: new CalendarInputError('Giờ "7h" phải có dạng HH:mm'), code: ErrorCode.CalendarInput, startUp: false },
    { error: new CardTooLargeError('report-form', 90_000), code: ErrorCode.CardTooLarge, startUp: false },
    { error: new MeetingInputError('time', '25:00'), code: ErrorCode.InvalidInput, startUp: false },
    { error: new GraphError(403, 'ErrorAccessDenied', 'Microsoft Graph 403: denied'), code: ErrorCode.GraphRefused, startUp: false },
    { error: new ConnectorError(429, 'Bot Connector 429: slow down', 2000), code: ErrorCode.ConnectorRefused, startUp: false },
    { error: new CalendarRefusedError(403, 'Microsoft Graph 403: denied'), code: ErrorCode.GraphRefused, startUp: false },
    { error: new UnsupportedTokenError('on-behalf-of'), code: ErrorCode.Unsupported, startUp: false },
    { error: new NetworkError('graph', 'ECONNREFUSED'), code: ErrorCode.NetworkFailed, startUp: false },
  ];

  for (const { error, code, startUp } of cases) {
    it(`${error.name}: code ${code}, a remedy, ${startUp ? '' : 'not '}a start-up error`, () => {
      expect(error).to.be.instanceOf(CodedError);
      expect(error.code).to.equal(code);
      expect(error.name).to.equal(error.constructor.name);
      expect(error.remedy, 'says what to do').to.be.a('string').and.have.length.above(10);
      expect(isStartUpError(error)).to.equal(startUp);
    });
  }

  it('a plain Error is neither coded nor a start-up error (its stack is printed)', () => {
    expect(isStartUpError(new Error('bug'))).to.equal(false);
  });

  it('Graph: an answered error status is GraphRefused with Graph’s own code; no status at all is NetworkFailed', () => {
    const refused = toGraphError({ statusCode: 404, code: 'ErrorItemNotFound', message: 'not found', requestId: 'r-1' });
    expect(refused).to.be.instanceOf(GraphError);
    expect(refused.code).to.equal(ErrorCode.GraphRefused);
    expect(refused.status).to.equal(404);
    expect((refused as GraphError).graphCode).to.equal('ErrorItemNotFound');
    expect((refused as GraphError).requestId).to.equal('r-1');
    expect(refused.remedy).to.include('MAIL_SENDER');

    const unreachable = toGraphError(Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }));
    expect(unreachable).to.be.instanceOf(NetworkError);
    expect(unreachable.code).to.equal(ErrorCode.NetworkFailed);
    expect(unreachable.status).to.equal(0);
    expect(unreachable.message).to.include('Microsoft Graph').and.include('timeout');
    expect(toGraphError(unreachable)).to.equal(unreachable);
  });

  it('Connector: a status with Retry-After is ConnectorRefused; a socket error is NetworkFailed', () => {
    const throttled = toConnectorError({ message: 'Too Many Requests', response: { status: 429, headers: { 'retry-after': '3' } } });
    expect(throttled).to.be.instanceOf(ConnectorError);
    expect(throttled.code).to.equal(ErrorCode.ConnectorRefused);
    expect((throttled as ConnectorError).retryAfterMs).to.equal(3000);
    const blocked = toConnectorError({ status: 403, message: 'Forbidden' });
    expect(blocked.remedy).to.include('blocked');
    const reset = toConnectorError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    expect(reset).to.be.instanceOf(NetworkError);
    expect(reset.code).to.equal(ErrorCode.NetworkFailed);
    expect(reset.message).to.include('Bot Connector').and.include('ECONNRESET');
  });
});
