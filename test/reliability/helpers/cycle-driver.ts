import { randomUUID } from 'node:crypto';
import { conversationOf, createInstall, createInvoke, createMessage } from '../../helpers/activities.ts';
import type { FakeConnector } from '../../helpers/fake-connector.ts';
import type { BotProcess } from './bot-process.ts';
import { firstArea, futureYear, rosterUser } from './roster-users.ts';

export const CARD = 'application/vnd.microsoft.card.adaptive';

/** Drives a child bot over HTTP as Teams would: installs, commands, card clicks. */
export class CycleDriver {
  readonly year = futureYear();
  readonly cycleId = `${this.year}-q4`;

  constructor(
    readonly bot: BotProcess,
    readonly connector: FakeConnector,
  ) {}

  install(memberId: string) {
    return this.bot.post(createInstall(rosterUser(memberId), this.connector.url));
  }

  say(memberId: string, text: string, id = `act-${randomUUID()}`) {
    return this.bot.post(createMessage(rosterUser(memberId), text, this.connector.url, { id }));
  }

  async click(memberId: string, verb: string, data: Record<string, unknown>): Promise<{ status: number; type?: string; value?: unknown }> {
    const { status, body } = await this.bot.post(createInvoke(rosterUser(memberId), verb, data, this.connector.url));
    const b = (body ?? {}) as { type?: string; value?: unknown };
    return { status, type: b.type, value: b.value };
  }

  /** Opens quarter IV of next year (deadline in the future whatever today is) as the standing member. */
  async openQuarter(): Promise<void> {
    await this.install('thuong-truc');
    await this.say('thuong-truc', `mở báo cáo quý IV/${this.year} hạn 10/12/${this.year}`);
  }

  submit(memberId: string, unitId: string, text: string) {
    return this.click(memberId, 'report.submit', { cycleId: this.cycleId, unitId, [firstArea(unitId)]: text });
  }

  /** Text of everything the bot posted to a member's chat. */
  textTo(memberId: string): string {
    return this.connector
      .messagesTo(conversationOf(rosterUser(memberId)))
      .map((c) => JSON.stringify(c.body))
      .join('\n');
  }

  /** Waits until `check` holds (background fan-out finishing), failing after `ms`. */
  async until(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
