import { CodedError, ErrorCode } from '../../errors/coded-error.ts';

/** Why a meeting request cannot be accepted; the feature layer turns the code into a localized message. */
export type MeetingProblem =
  | 'format'
  | 'date'
  | 'time'
  | 'duration'
  | 'in-past'
  | 'end-before-start'
  | 'unknown-members'
  | 'no-invitees'
  | 'kind';

/**
 * Bad meeting input: `problem` says what to fix, `detail` carries e.g. the unknown member ids. The person
 * never sees this message: the feature layer shows the catalogue's localized text for `problem`.
 */
export class MeetingInputError extends CodedError {
  readonly problem: MeetingProblem;
  readonly detail: string;

  constructor(problem: MeetingProblem, detail = '') {
    super(ErrorCode.InvalidInput, `meeting input rejected: ${problem}${detail ? ` (${detail})` : ''}`, {
      remedy: `Sửa "${problem}" trong yêu cầu họp rồi gửi lại; chưa có gì được tạo / fix "${problem}" in the meeting request and send it again; nothing was created`,
    });
    this.problem = problem;
    this.detail = detail;
  }
}
