/** The caller is not on the roster; only help is open to them. */
export class NotMemberError extends Error {
  constructor() {
    super('caller is not on the committee roster');
    this.name = 'NotMemberError';
  }
}

/** The caller's role does not allow the action; the router answers with a localized refusal. */
export class ForbiddenError extends Error {
  constructor(readonly action: string) {
    super(`action "${action}" is not allowed for this caller`);
    this.name = 'ForbiddenError';
  }
}

/** Bad input from a user: `message` is already localized and is shown as is; nothing was changed. */
export class ValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}
