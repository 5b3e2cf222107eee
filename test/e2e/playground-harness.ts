/**
 * Drives the Microsoft 365 Agents Playground headless for end-to-end tests: starts the Playground
 * as a child process pointed at a bot URL (through a small recording proxy), opens it in Debian's
 * Chromium with playwright-core and acts as a person would: type, read cards, fill, click.
 * Findings behind the selectors and flags: test/e2e/README.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** A person the Playground can act as (the `users` / `currentUser` entries of its config). */
export interface PlaygroundUser {
  /** Bot Framework channel account id, e.g. "29:thu-ky". */
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
  givenName: string;
  surname: string;
}

/** The demo committee people the Playground knows (fictional, from data/committee.json). */
export const DEMO_USERS = {
  thuongTruc: user('29:thuong-truc', 'Trần Thị Thường Trực', '00000000-0000-4000-8000-000000000003', 'thuongtruc@vanphong.example.gov.vn', 'Thường Trực', 'Trần Thị'),
  tongHop: user('29:truong-tong-hop', 'Nguyễn Văn Tổng Hợp', '00000000-0000-4000-8000-000000000101', 'tonghop@vanphong.example.gov.vn', 'Tổng Hợp', 'Nguyễn Văn'),
  truongBan: user('29:truong-ban', 'Lê Văn Trưởng Ban', '00000000-0000-4000-8000-000000000001', 'truongban@vanphong.example.gov.vn', 'Trưởng Ban', 'Lê Văn'),
  thuKy: user('29:thu-ky', 'Phạm Thị Thư Ký', '00000000-0000-4000-8000-000000000004', 'thuky@vanphong.example.gov.vn', 'Thư Ký', 'Phạm Thị'),
  phoBan: user('29:pho-truong-ban', 'Võ Thị Phó Ban', '00000000-0000-4000-8000-000000000002', 'phoban@vanphong.example.gov.vn', 'Phó Ban', 'Võ Thị'),
  kinhTe: user('29:truong-kinh-te', 'Trịnh Minh Kinh Tế', '00000000-0000-4000-8000-000000000102', 'kinhte@vanphong.example.gov.vn', 'Kinh Tế', 'Trịnh Minh'),
} as const satisfies Record<string, PlaygroundUser>;

function user(id: string, name: string, aadObjectId: string, email: string, givenName: string, surname: string): PlaygroundUser {
  return { id, name, aadObjectId, email, givenName, surname };
}

/** The Playground's config schema (0.1.1) requires exactly this many people: currentUser + 5 users. */
export const PLAYGROUND_ROSTER_SIZE = 6;

/** The ids of the mock Teams context; the bot id matches the bot's local (anonymous) app id. */
export const PLAYGROUND_CONTEXT = {
  tenantId: '00000000-0000-4000-8000-0000000000ff',
  botId: '00000000-0000-0000-0000-00000000c0c0',
  botName: 'Trợ lý CCHC',
  groupChatId: 'group-chat-ban-chi-dao-cchc',
  teamId: '19:team-ban-chi-dao-cchc@thread.tacv2',
} as const;

/** Personal chat id of a user: stable across Playground restarts, so stored conversation references stay valid. */
export function personalChatId(person: PlaygroundUser): string {
  return `personal-chat-${person.aadObjectId}`;
}

/** Thrown when the Playground, the browser or the page does not do what a step waited for. */
export class PlaygroundHarnessError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PlaygroundHarnessError';
  }
}

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botUrl: string;
  /** Who the Playground acts as first (default: the standing member). */
  currentUser?: PlaygroundUser;
  /** Exactly six people, currentUser among them (default: DEMO_USERS). */
  roster?: readonly PlaygroundUser[];
  /** Locale written on every activity before it reaches the bot (default vi-VN; null keeps the Playground's en-US). */
  locale?: string | null;
  /** Time zone of the Playground process, which it stamps on activities (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** Where screenshots, configs and the Playground log go (default test-output/e2e). */
  outputDir?: string;
  /** Chromium binary (default $CHROMIUM_PATH or /usr/bin/chromium). */
  chromiumPath?: string;
  /** Per-step wait (default 15 s). */
  timeoutMs?: number;
}

/** Renders the Playground config file for one current user out of a six-person roster. */
export function renderPlaygroundConfig(current: PlaygroundUser, roster: readonly PlaygroundUser[]): string {
  if (roster.length !== PLAYGROUND_ROSTER_SIZE) {
    throw new PlaygroundHarnessError(`The Playground needs exactly ${PLAYGROUND_ROSTER_SIZE} people (currentUser + 5 users), got ${roster.length}: add or remove roster entries.`);
  }
  const others = roster.filter((p) => p.aadObjectId !== current.aadObjectId);
  if (others.length !== PLAYGROUND_ROSTER_SIZE - 1) {
    throw new PlaygroundHarnessError(`Current user ${current.name} (${current.aadObjectId}) is not in the roster: put them in it.`);
  }
  const q = (s: string) => JSON.stringify(s);
  const person = (p: PlaygroundUser, indent: string) =>
    [`id: ${q(p.id)}`, `name: ${q(p.name)}`, `userPrincipleName: ${q(p.email)}`, `aadObjectId: ${q(p.aadObjectId)}`, `givenName: ${q(p.givenName)}`, `surname: ${q(p.surname)}`, `email: ${q(p.email)}`]
      .map((line, i) => (i === 0 && indent.endsWith('- ') ? indent : indent.replace('- ', '  ')) + line)
      .join('\n');
  const c = PLAYGROUND_CONTEXT;
  return [
    'version: "0.1.1"',
    `tenantId: ${q(c.tenantId)}`,
    'bot:',
    `  id: ${q(c.botId)}`,
    `  name: ${q(c.botName)}`,
    'currentUser:',
    person(current, '  '),
    'users:',
    ...others.map((p) => person(p, '  - ')),
    'personalChat:',
    `  id: ${q(personalChatId(current))}`,
    'groupChat:',
    `  id: ${q(c.groupChatId)}`,
    `  name: ${q('Ban Chỉ đạo CCHC')}`,
    'team:',
    `  id: ${q(c.teamId)}`,
    `  name: ${q('Ban Chỉ đạo CCHC')}`,
    `  aadGroupId: ${q('00000000-0000-4000-8000-0000000000aa')}`,
    '  channels:',
    `    - id: ${q('19:kenh-bao-cao-quy@thread.tacv2')}`,
    `      name: ${q('Báo cáo quý')}`,
    '',
  ].join('\n');
}

/** A free TCP port on 127.0.0.1 (the OS picks it; a race with another process is possible but unlikely). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new PlaygroundHarnessError('no port assigned'))));
    });
  });
}

/** What went in to the bot: every request body the Playground posted, after the locale rewrite. */
export interface RecordingProxy {
  url: string;
  activities: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * Starts a pass-through proxy in front of the bot that records each activity and, if asked,
 * rewrites its locale (the Playground hard-codes en-US). Responses (invoke bodies too) go back untouched.
 */
export async function startRecordingProxy(botUrl: string, locale: string | null): Promise<RecordingProxy> {
  const target = new URL(botUrl);
  const activities: Array<Record<string, unknown>> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.method === 'POST' && body.length > 0) {
        try {
          const activity = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
          if (locale) rewriteLocale(activity, locale);
          activities.push(activity);
          body = Buffer.from(JSON.stringify(activity), 'utf8');
        } catch (error) {
          // Not an activity: forward untouched, the bot decides; keep a trace for the test's failure message.
          activities.push({ unparsedBody: body.toString('utf8'), error: String(error) });
        }
      }
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers: { ...req.headers, host: target.host, 'content-length': String(body.length) } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: `bot not reachable at ${botUrl}: ${error.message}` }));
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new PlaygroundHarnessError('recording proxy got no port');
  return {
    url: `http://127.0.0.1:${address.port}${target.pathname}`,
    activities,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function rewriteLocale(activity: Record<string, unknown>, locale: string): void {
  activity.locale = locale;
  const entities = activity.entities;
  if (!Array.isArray(entities)) return;
  for (const entity of entities as Array<Record<string, unknown>>) {
    if (entity?.type === 'clientInfo') {
      entity.locale = locale;
      if (entity.country) entity.country = locale.split('-')[1] ?? entity.country;
    }
  }
}

/** A running Playground server process. */
export interface PlaygroundProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything it printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the Playground CLI on a free port with the given config file, resolves once it listens. */
export async function startPlaygroundProcess(opts: { appEndpoint: string; configPath: string; logFile: string; timeZone?: string; port?: number; timeoutMs?: number }): Promise<PlaygroundProcess> {
  const port = opts.port ?? (await freePort());
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const child = spawn(process.execPath, [cli, 'start', '--app-endpoint', opts.appEndpoint, '--channel-id', 'msteams', '--port', String(port), '--disable-telemetry'], {
    cwd: path.dirname(opts.configPath),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: opts.configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE: opts.logFile,
      TZ: opts.timeZone ?? 'Asia/Ho_Chi_Minh',
    },
  });
  let printed = '';
  child.stdout?.setEncoding('utf8').on('data', (t: string) => (printed += t));
  child.stderr?.setEncoding('utf8').on('data', (t: string) => (printed += t));
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const actualPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new PlaygroundHarnessError(`Playground did not print "Listening on" within ${timeoutMs} ms. Output:\n${printed}`)), timeoutMs);
    const onData = () => {
      // It falls back to a random port when the asked one is taken: trust what it prints.
      const match = /Listening on (\d+)/.exec(printed);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new PlaygroundHarnessError(`Playground exited (code ${code}) before listening. Output:\n${printed}`));
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { port: actualPort, url: `http://127.0.0.1:${actualPort}`, child, output: () => printed, stop };
}

/** Chromium flags for this closed network: without them it hangs on connections it cannot make. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches Debian's Chromium headless through playwright-core (it makes a fresh profile dir itself). */
export async function launchChromium(executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new PlaygroundHarnessError(`Chromium not found at ${executablePath}: run "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

/** The selectors the Playground UI (0.2.28) offers; its class names are otherwise hashed. */
export const SELECTORS = {
  composeBox: '[contenteditable="true"][role="textbox"]',
  sendButtonName: 'Send Message',
  /** One bot message bubble (text or card) in the transcript. */
  botMessage: '.fai-OutputCard',
  adaptiveCard: '.ac-adaptiveCard',
  /** Log panel level prefixes, each in its own span followed by the (truncated) message span. */
  logWarningPrefix: '(!) Warning: ',
  logErrorPrefix: '(\u00d7) Error: ',
} as const;

/** One Playground, one browser page, one current user at a time. */
export class PlaygroundSession {
  private playground: PlaygroundProcess | undefined;
  private browser: Browser | undefined;
  private currentPage: Page | undefined;
  private user: PlaygroundUser;
  private readonly roster: readonly PlaygroundUser[];
  private readonly timeoutMs: number;
  private readonly outputDir: string;
  private readonly workDir: string;

  private constructor(
    private readonly options: PlaygroundOptions,
    private readonly proxy: RecordingProxy,
  ) {
    this.roster = options.roster ?? Object.values(DEMO_USERS);
    this.user = options.currentUser ?? DEMO_USERS.thuongTruc;
    // Waits, not timing goals: generous so a loaded machine (several suites at once) does not fail a step.
    this.timeoutMs = options.timeoutMs ?? 45_000;
    this.outputDir = path.resolve(options.outputDir ?? 'test-output/e2e');
    fs.mkdirSync(this.outputDir, { recursive: true });
    this.workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-playground-'));
  }

  /** Starts proxy, Playground and Chromium, opens the page and waits until the compose box shows. */
  static async start(options: PlaygroundOptions): Promise<PlaygroundSession> {
    const proxy = await startRecordingProxy(options.botUrl, options.locale === undefined ? 'vi-VN' : options.locale);
    const session = new PlaygroundSession(options, proxy);
    try {
      session.browser = await launchChromium(options.chromiumPath);
      await session.openAs(session.user);
      return session;
    } catch (error) {
      await session.stop();
      throw error;
    }
  }

  /** The open page, for anything the helpers do not cover. */
  get page(): Page {
    if (!this.currentPage) throw new PlaygroundHarnessError('No page open: call PlaygroundSession.start() first.');
    return this.currentPage;
  }

  /** Address of the running Playground. */
  get url(): string {
    if (!this.playground) throw new PlaygroundHarnessError('Playground not running.');
    return this.playground.url;
  }

  /** Who the Playground acts as now. */
  get currentUser(): PlaygroundUser {
    return this.user;
  }

  /** Every activity the bot received so far (with locale already rewritten). */
  get activities(): ReadonlyArray<Record<string, unknown>> {
    return this.proxy.activities;
  }

  /**
   * Acts as another person. The Playground has no user switcher: the current user is fixed by its
   * config at start, so this restarts it with a new config and reloads the page (the transcript is
   * empty again; the bot gets installationUpdate + conversationUpdate for that user's personal chat).
   */
  async switchUser(person: PlaygroundUser): Promise<void> {
    await this.openAs(person);
  }

  /** Types a message in the compose box and sends it; resolves when the box is empty again. */
  async sendText(text: string): Promise<void> {
    const page = this.page;
    const box = page.locator(SELECTORS.composeBox);
    await this.step(`focus the compose box to send "${text}"`, () => box.click({ timeout: this.timeoutMs }));
    await page.keyboard.insertText(text);
    await this.step(`click Send for "${text}"`, () => page.getByRole('button', { name: SELECTORS.sendButtonName }).click({ timeout: this.timeoutMs }));
    await this.step(`see the compose box cleared after sending "${text}"`, () =>
      page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').trim() === '', SELECTORS.composeBox, { timeout: this.timeoutMs }),
    );
  }

  /** Waits until a bot message (text or card) shows this text; returns the last such message. */
  async waitForBotText(text: string | RegExp, timeoutMs = this.timeoutMs): Promise<Locator> {
    const message = this.page.locator(SELECTORS.botMessage).filter({ hasText: text }).last();
    await this.step(`see bot text ${String(text)}`, () => message.waitFor({ state: 'visible', timeout: timeoutMs }));
    return message;
  }

  /** Waits until an Adaptive Card shows this text; returns the last such card. */
  async waitForCardText(text: string | RegExp, timeoutMs = this.timeoutMs): Promise<Locator> {
    const card = this.page.locator(SELECTORS.adaptiveCard).filter({ hasText: text }).last();
    await this.step(`see card text ${String(text)}`, () => card.waitFor({ state: 'visible', timeout: timeoutMs }));
    return card;
  }

  /** Texts of all bot messages, oldest first. */
  async botTexts(): Promise<string[]> {
    return this.page.locator(SELECTORS.botMessage).allInnerTexts();
  }

  /** Fills a card input found by its label (Input.Text, Number, Date…), in the newest card that has it. */
  async fillInput(label: string | RegExp, value: string, card?: Locator): Promise<void> {
    const input = this.cardWith(card, (c) => c.getByLabel(label)).getByLabel(label).first();
    await this.step(`fill "${String(label)}"`, () => input.fill(value, { timeout: this.timeoutMs }));
  }

  /**
   * Picks an option of a compact Input.ChoiceSet by its label, in the newest card that has it. The
   * Playground renders it as a Fluent combobox (an <input role="combobox"> whose list opens in a popup).
   */
  async selectChoice(label: string | RegExp, option: string, card?: Locator): Promise<void> {
    const field = this.cardWith(card, (c) => c.getByLabel(label)).getByLabel(label).first();
    await this.step(`choose "${option}" in "${String(label)}"`, async () => {
      const tag = await field.evaluate((el) => el.tagName.toLowerCase(), undefined, { timeout: this.timeoutMs });
      if (tag === 'select') {
        await field.selectOption({ label: option }, { timeout: this.timeoutMs });
        return;
      }
      await field.click({ timeout: this.timeoutMs });
      await this.page.getByRole('option', { name: option, exact: true }).click({ timeout: this.timeoutMs });
    });
  }

  /** Ticks or unticks a checkbox (Input.Toggle, expanded multi-select ChoiceSet) by its label. */
  async setChecked(label: string | RegExp, checked: boolean, card?: Locator): Promise<void> {
    const box = this.cardWith(card, (c) => c.getByLabel(label)).getByLabel(label).first();
    await this.step(`set "${String(label)}" to ${checked}`, () => box.setChecked(checked, { timeout: this.timeoutMs }));
  }

  /** Clicks a card action button by its title, in the newest card that has it. */
  async clickCardButton(title: string | RegExp, card?: Locator): Promise<void> {
    const button = (c: Page | Locator) => c.getByRole('button', { name: title });
    await this.step(`click card button "${String(title)}"`, () => button(this.cardWith(card, button)).first().click({ timeout: this.timeoutMs }));
  }

  /** Warnings (and errors) in the log panel, e.g. card features the Playground cannot render; texts may be cut with "...". */
  async logPanelWarnings(): Promise<string[]> {
    return this.page.evaluate((prefixes) => {
      const found: string[] = [];
      for (const span of Array.from(document.querySelectorAll('span'))) {
        const text = span.textContent ?? '';
        if ((prefixes as readonly string[]).includes(text)) found.push(`${text}${span.nextElementSibling?.textContent ?? ''}`.trim());
      }
      return found;
    }, [SELECTORS.logWarningPrefix, SELECTORS.logErrorPrefix]);
  }

  /** Saves a full-page PNG into the output dir; returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(this.outputDir, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  /** Stops browser, Playground and proxy; safe to call twice. */
  async stop(): Promise<void> {
    const problems: unknown[] = [];
    const attempt = async (fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (error) {
        problems.push(error);
      }
    };
    await attempt(async () => this.browser?.close());
    this.browser = undefined;
    this.currentPage = undefined;
    await attempt(async () => this.playground?.stop());
    this.playground = undefined;
    await attempt(() => this.proxy.close());
    await attempt(async () => fs.rmSync(this.workDir, { recursive: true, force: true }));
    if (problems.length > 0) throw new PlaygroundHarnessError(`Stopping the Playground session failed: ${problems.map(String).join('; ')}`);
  }

  private async openAs(person: PlaygroundUser): Promise<void> {
    const configPath = path.join(this.workDir, `.m365agentsplayground-${person.aadObjectId}.yml`);
    fs.writeFileSync(configPath, renderPlaygroundConfig(person, this.roster), 'utf8');
    const previousPort = this.playground?.port;
    await this.currentPage?.close();
    await this.playground?.stop();
    this.playground = await startPlaygroundProcess({
      appEndpoint: this.proxy.url,
      configPath,
      logFile: path.join(this.outputDir, 'playground.log'),
      timeZone: this.options.timeZone,
      // Same port after a switch keeps the serviceUrl the bot stored for earlier turns valid.
      port: previousPort,
      timeoutMs: this.timeoutMs + 5_000,
    });
    this.user = person;
    if (!this.browser) throw new PlaygroundHarnessError('Browser not launched.');
    const page = await this.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
    this.currentPage = page;
    // Page load makes the Playground wait (up to 15 s) for the bot endpoint before it posts the install activities.
    await this.step(`open ${this.playground.url} as ${person.name}`, () => page.goto(this.playground!.url, { timeout: this.timeoutMs }));
    await this.step('see the compose box', () => page.locator(SELECTORS.composeBox).waitFor({ timeout: this.timeoutMs + 15_000 }));
    await this.step(`see ${person.name} as the signed-in user`, () => page.getByText(person.name, { exact: true }).first().waitFor({ timeout: this.timeoutMs }));
  }

  private cardWith(card: Locator | undefined, has: (c: Page | Locator) => Locator): Locator {
    if (card) return card;
    // A page-rooted locator inside `has` is evaluated relative to each card.
    return this.page.locator(SELECTORS.adaptiveCard).filter({ has: has(this.page) }).last();
  }

  private async step<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      let shot = '';
      try {
        shot = this.currentPage ? ` Screenshot: ${await this.screenshot(`failed-${Date.now()}`)}` : '';
      } catch (shotError) {
        shot = ` (no screenshot: ${String(shotError)})`;
      }
      const tail = this.playground ? `\nPlayground output (tail):\n${this.playground.output().slice(-1500)}` : '';
      throw new PlaygroundHarnessError(`Playground step failed: ${what}.${shot}\n${String(error)}${tail}`, { cause: error });
    }
  }
}
