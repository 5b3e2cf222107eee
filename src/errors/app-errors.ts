import { CodedError, ErrorCode } from './coded-error.ts';

/** The caller is not on the roster; only help is open to them. */
export class NotMemberError extends CodedError {
  constructor() {
    super(ErrorCode.NotMember, 'caller is not on the committee roster', { remedy: 'the standing member adds the person (email or Entra object id) to data/committee.json' });
  }
}

/** The caller's role does not allow the action; the router answers with a localized refusal. */
export class ForbiddenError extends CodedError {
  readonly action: string;

  constructor(action: string) {
    super(ErrorCode.Forbidden, `action "${action}" is not allowed for this caller`, { remedy: 'the role table (src/domain/committee/permissions.ts) decides who may do what' });
    this.action = action;
  }
}

/** Bad input from a user: `message` is already localized and is shown as is; nothing was changed. */
export class ValidationError extends CodedError {
  readonly field: string;

  constructor(field: string, message: string) {
    super(ErrorCode.InvalidInput, message);
    this.field = field;
  }
}
