import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../features/clock.ts';
import type { CalendarMeeting, CreatedEvent, MeetingCalendar } from '../features/meetings/meeting-calendar.ts';
import { buildIcs, type IcsMethod } from './ics.ts';
import { safeFileName } from '../util/safe-file-name.ts';

/** Local mode: each invitation, update or cancellation becomes an .ics file in DATA_DIR/outbox. */
export class IcsOutboxCalendar implements MeetingCalendar {
  constructor(
    readonly dir: string,
    private readonly clock: Clock,
  ) {}

  async create(meeting: CalendarMeeting): Promise<CreatedEvent> {
    await this.#write(meeting, 'REQUEST', `meeting-${meeting.id}`);
    return { eventId: `${meeting.id}@cchc-bot` };
  }

  async update(_eventId: string, meeting: CalendarMeeting): Promise<void> {
    await this.#write(meeting, 'REQUEST', `meeting-${meeting.id}-update-${meeting.sequence}`);
  }

  /** Rewrites the invitation file with the full attendee list; adding an attendee is not a SEQUENCE change (RFC 5546 §2.1.4). */
  async addAttendees(_eventId: string, meeting: CalendarMeeting): Promise<void> {
    await this.#write(meeting, 'REQUEST', `meeting-${meeting.id}`);
  }

  async cancel(_eventId: string, meeting: CalendarMeeting): Promise<void> {
    await this.#write(meeting, 'CANCEL', `meeting-${meeting.id}-cancel`);
  }

  async #write(meeting: CalendarMeeting, method: IcsMethod, name: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, safeFileName(name, 'ics'));
    await writeFile(`${file}.tmp`, buildIcs(meeting, method, this.clock()), 'utf8');
    await rename(`${file}.tmp`, file);
  }
}
