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

/** Bad meeting input: `problem` says what to fix, `detail` carries e.g. the unknown member ids. */
export class MeetingInputError extends Error {
  constructor(
    readonly problem: MeetingProblem,
    readonly detail = '',
  ) {
    super(`meeting input rejected: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'MeetingInputError';
  }
}
