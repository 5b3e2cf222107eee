// Public surface of the meeting rules; features import from here.
export * from './meeting-model.ts';
export * from './meeting-input-error.ts';
export * from './parse-meeting-fields.ts';
export * from './parse-meeting-line.ts';
export * from './validate-meeting.ts';
export * from './invitees.ts';
export * from './meeting-digest.ts';
export * from './task-follow-up.ts';
export * from './task-model.ts';
export * from './choose-meeting.ts';
