import { z } from 'zod';
import type { Meeting, MeetingTask } from '../../domain/meetings/index.ts';
import type { DocumentShape } from '../document-shape.ts';
import { schemaOf } from '../schema-agrees.ts';

const text = z.string();

const response = z.looseObject({
  status: z.enum(['attending', 'leave-requested', 'leave-approved', 'leave-refused']),
  at: text,
  reason: text.optional(),
  opinions: text.optional(),
  substitute: text.optional(),
});

/**
 * `meetings/<id>`. Version 1: documents without a version — meetings written before deputies could attend in
 * their head's place (commit 446f4bc) have no `substitutes` map. Version 2 always has it (empty when nobody stands in).
 */
export const MEETING_SHAPE: DocumentShape<Meeting> = {
  version: 2,
  schema: z.looseObject({
    id: text,
    kind: z.enum(['regular', 'adhoc', 'group']),
    date: text.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a yyyy-mm-dd date'),
    start: text.regex(/^\d{2}:\d{2}$/, 'expected HH:mm'),
    durationMinutes: z.number().int().positive(),
    place: text,
    online: z.boolean(),
    agenda: z.array(text),
    invitees: z.array(text),
    status: z.enum(['creating', 'scheduled', 'cancelled']),
    organizer: text,
    createdBy: text,
    createdAt: text,
    sequence: z.number().int().min(0),
    eventId: text.optional(),
    joinUrl: text.optional(),
    invitationsPending: z.boolean().optional(),
    responses: z.record(z.string(), response),
    cards: z.record(z.string(), text),
    substitutes: z.record(z.string(), text),
    digestSentAt: text.optional(),
    conclusions: z.looseObject({ text, by: text, at: text, taskIds: z.array(text) }).optional(),
    // A cast, not schemaOf<Meeting>: the domain type still marks `substitutes` optional (it came later), version 2 always stores it.
  }) as unknown as z.ZodType<Meeting>,
  migrations: {
    1: (doc) => ({ ...doc, substitutes: (doc.substitutes as Record<string, string> | undefined) ?? {} }),
  },
};

/** `tasks/<id>`: version 1 is the shape since follow-up tasks exist. */
export const TASK_SHAPE: DocumentShape<MeetingTask> = {
  version: 1,
  schema: schemaOf<MeetingTask>()(
    z.looseObject({
      id: text,
      meetingId: text,
      content: text,
      unitId: text,
      deadline: text.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a yyyy-mm-dd date'),
      status: z.enum(['open', 'done']),
      progress: z.array(z.looseObject({ at: text, by: text, text })),
      createdAt: text,
      completedAt: text.optional(),
      remindedOn: z.array(text),
    }),
  ),
};
