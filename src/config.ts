import path from 'node:path';
import type { LetterheadSettings } from './domain/report/document-identity.ts';
import { dayList, hhmm, integer, oneOf, readVar } from './config-values.ts';
import { ConfigError } from './errors/config-error.ts';
import { languageOfTag, type LanguagePolicy } from './domain/language/choose-locale.ts';
import { NATIONAL_CLOUDS, parseAuthorityHost, type CloudHosts } from './graph/national-clouds.ts';

export interface BotCredentials {
  clientId: string;
  clientSecret: string;
  tenantId: string;
}

export interface GraphSettings {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  /** Graph base URL without version, e.g. https://graph.microsoft.com (national clouds differ). */
  baseUrl: string;
  /** Login authority host, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
  /** Mailbox that sends the compiled report (UPN or object id). */
  senderMailbox: string;
}

export interface Config {
  nodeEnv: string;
  production: boolean;
  port: number;
  /** Interface to bind; loopback in local mode unless HOST says otherwise. */
  host: string;
  dataDir: string;
  committeeFile: string;
  holidaysFile: string;
  /** Annual plans placed as files (`<year>.xlsx` or `.csv`), imported at start for a year not yet stored. */
  plansDir: string;
  /** PAR-index criteria sets (`<year>.json`), validated at start. */
  parCriteriaDir: string;
  /** Key figures the quarterly form asks (data/indicators.json), validated at start; a missing file asks none. */
  indicatorsFile: string;
  /** Entra ID login host (no tenant) for the connector token, the inbound token check and Graph. */
  authorityHost: string;
  /** Bot credentials; null means anonymous local mode (Agents Playground). */
  bot: BotCredentials | null;
  /** Graph access; null means mail and invitations go to the local outbox. */
  graph: GraphSettings | null;
  /** Fixed app id used for proactive turns in anonymous mode (the SDK needs a non-empty one). */
  localAppId: string;
  timeZone: string;
  /** City steering committee address: the main recipient of the approved report; unset, it goes to the chief. */
  cityCommitteeEmail?: string;
  /** First number of each year's register counter for approved reports (an office that numbered by hand before). */
  reportNumberStart: number;
  /** Organizer mailbox for meetings; default is the secretary's roster email. */
  organizerMailbox?: string;
  quarterly: {
    /** Day of the quarter's last month the units must report by. */
    unitDeadlineDay: number;
    /** Day of the quarter's last month the compiled report is due. */
    compileDeadlineDay: number;
    /** Where a deadline on a non-working day moves (Civil Code 2015 art. 148(5): next). */
    deadlinePolicy: 'next' | 'previous';
  };
  workingHours: { start: string; end: string };
  reminders: {
    daysBefore: number[];
    atTime: string;
    maxOverdue: number;
  };
  /** Cron expression of the scheduler tick; empty disables the scheduler. */
  schedulerCron: string;
  /** Largest accepted request body for /api/messages. */
  maxBodyBytes: number;
  /** A Bot Connector call slower than this is abandoned and retried. */
  connectorTimeoutMs: number;
  /** A Microsoft Graph call slower than this is abandoned; mail stays queued in the outbox. */
  graphTimeoutMs: number;
  /** PostgreSQL connection string: several instances share it; unset = the file store in dataDir (one instance). */
  databaseUrl?: string;
  logLevel: string;
  /** DEFAULT_LOCALE (vi-VN) and LOCALE_FROM_CLIENT (false): the language of members who chose none. */
  language: LanguagePolicy;
  /** The dashboard tab's SSO audience (Application ID URI api://<BOT_DOMAIN>/<CLIENT_ID>, or TAB_APP_ID_URI); unset without credentials. */
  tabAudience?: string;
  /** Letterhead of the official document; what is empty is derived from the roster (features/report-document.ts). */
  letterhead: LetterheadSettings;
}

type Env = Record<string, string | undefined>;

const LOCAL_APP_ID = '00000000-0000-0000-0000-00000000c0c0';

function pick(env: Env, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

function intVar(env: Env, name: string, fallback: number, problems: string[], min = 0, max = Number.MAX_SAFE_INTEGER): number {
  return readVar(env, name, integer(min, max), fallback, problems);
}

function timeVar(env: Env, name: string, fallback: string, problems: string[]): string {
  return readVar(env, name, hhmm, fallback, problems);
}

function listVar(env: Env, name: string, fallback: string[]): string[] {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  return raw.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
}

/** AZURE_AUTHORITY_HOST (legacy GRAPH_AUTHORITY_HOST): a national cloud name or an https host. */
function authorityVar(env: Env, problems: string[]): CloudHosts {
  const name = pick(env, 'AZURE_AUTHORITY_HOST') ? 'AZURE_AUTHORITY_HOST' : 'GRAPH_AUTHORITY_HOST';
  const raw = pick(env, name);
  if (!raw) return NATIONAL_CLOUDS.public!;
  const parsed = parseAuthorityHost(raw);
  if (!parsed.ok) {
    problems.push(`${name}="${raw}" ${parsed.reason}`);
    return NATIONAL_CLOUDS.public!;
  }
  return parsed.hosts;
}

/** DATABASE_URL, when set, must be a postgres:// URL (the secret in it never goes into the message). */
function databaseUrlVar(env: Env, problems: string[]): string | undefined {
  const url = pick(env, 'DATABASE_URL');
  if (url !== undefined && !/^postgres(ql)?:\/\/[^\s]+$/.test(url)) {
    problems.push('DATABASE_URL phải có dạng postgres://người-dùng:mật-khẩu@máy:5432/cơ-sở-dữ-liệu / must look like postgres://user:password@host:5432/database');
  }
  return url;
}

/** DEFAULT_LOCALE and LOCALE_FROM_CLIENT: the committee's language unless a member chose their own. */
function languageVar(env: Env, problems: string[]): LanguagePolicy {
  const raw = pick(env, 'DEFAULT_LOCALE');
  const defaultLocale = raw === undefined ? 'vi' : languageOfTag(raw);
  if (!defaultLocale) problems.push(`DEFAULT_LOCALE="${raw}" phải là vi-VN hoặc en-US / must be vi-VN or en-US`);
  const fromClient = pick(env, 'LOCALE_FROM_CLIENT')?.toLowerCase() ?? 'false';
  if (!['true', 'false', '1', '0'].includes(fromClient)) problems.push(`LOCALE_FROM_CLIENT="${fromClient}" phải là true hoặc false / must be true or false`);
  return { defaultLocale: defaultLocale ?? 'vi', fromClient: fromClient === 'true' || fromClient === '1' };
}

/** Reads the environment once into a typed config; throws ConfigError listing every problem. */
export function readConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV?.trim() || 'development';
  const production = nodeEnv === 'production';

  const botVars = {
    clientId: pick(env, 'CLIENT_ID', 'MICROSOFT_APP_ID', 'clientId'),
    clientSecret: pick(env, 'CLIENT_SECRET', 'MICROSOFT_APP_PASSWORD', 'clientSecret'),
    tenantId: pick(env, 'TENANT_ID', 'MICROSOFT_APP_TENANT_ID', 'tenantId'),
  };
  const botNames = { clientId: 'CLIENT_ID', clientSecret: 'CLIENT_SECRET', tenantId: 'TENANT_ID' } as const;
  const missingBot = (Object.keys(botVars) as Array<keyof typeof botVars>).filter((k) => !botVars[k]);
  let bot: BotCredentials | null = null;
  if (missingBot.length === 0) {
    bot = botVars as BotCredentials;
  } else if (production || missingBot.length < 3) {
    for (const key of missingBot) {
      problems.push(
        `${botNames[key]} chưa đặt / is not set: lấy từ App registration của Azure Bot (Overview: Application (client) ID, Directory (tenant) ID; Certificates & secrets: client secret)` +
          (production ? ' — bắt buộc khi NODE_ENV=production' : ' — đặt đủ cả ba biến hoặc bỏ trống cả ba để chạy cục bộ'),
      );
    }
  }

  const cloud = authorityVar(env, problems);
  const graphClientId = pick(env, 'GRAPH_CLIENT_ID') ?? bot?.clientId;
  const graphSecret = pick(env, 'GRAPH_CLIENT_SECRET') ?? bot?.clientSecret;
  const graphTenant = pick(env, 'GRAPH_TENANT_ID') ?? bot?.tenantId;
  const senderMailbox = pick(env, 'MAIL_SENDER');
  let graph: GraphSettings | null = null;
  if (graphClientId && graphSecret && graphTenant && senderMailbox) {
    graph = {
      clientId: graphClientId,
      clientSecret: graphSecret,
      tenantId: graphTenant,
      baseUrl: (pick(env, 'GRAPH_BASE_URL') ?? cloud.graphBaseUrl).replace(/\/+$/, ''),
      authorityHost: cloud.authorityHost,
      senderMailbox,
    };
  } else if (production && !senderMailbox) {
    // With MAIL_SENDER set, graph is missing only because bot credentials are, and those are named above.
    problems.push('MAIL_SENDER chưa đặt / is not set: hộp thư gửi báo cáo qua Microsoft Graph (UPN), cần quyền Mail.Send');
  }

  const dataDir = path.resolve(pick(env, 'DATA_DIR') ?? 'data/state');
  const host = pick(env, 'HOST') ?? (bot ? '0.0.0.0' : '127.0.0.1');
  const deadlinePolicy = readVar(env, 'DEADLINE_POLICY', oneOf(['next', 'previous']), 'next', problems);
  const daysBefore = readVar(env, 'REMINDER_DAYS_BEFORE', dayList, [3, 1], problems);

  // The plan and the PAR criteria belong to the committee they name units of: by default they sit beside its file.
  const committeeFile = path.resolve(pick(env, 'COMMITTEE_FILE') ?? 'data/committee.json');
  const committeeDir = path.dirname(committeeFile);

  const config: Config = {
    nodeEnv,
    production,
    port: intVar(env, 'PORT', 3978, problems, 0, 65535),
    host,
    dataDir,
    committeeFile,
    holidaysFile: path.resolve(pick(env, 'HOLIDAYS_FILE') ?? 'data/holidays.json'),
    plansDir: path.resolve(pick(env, 'PLANS_DIR') ?? path.join(committeeDir, 'plans')),
    parCriteriaDir: path.resolve(pick(env, 'PAR_CRITERIA_DIR') ?? path.join(committeeDir, 'par-criteria')),
    indicatorsFile: path.resolve(pick(env, 'INDICATORS_FILE') ?? path.join(committeeDir, 'indicators.json')),
    authorityHost: cloud.authorityHost,
    bot,
    graph,
    localAppId: LOCAL_APP_ID,
    timeZone: 'Asia/Ho_Chi_Minh',
    cityCommitteeEmail: pick(env, 'CITY_COMMITTEE_EMAIL'),
    reportNumberStart: intVar(env, 'REPORT_NUMBER_START', 1, problems, 1, 999_999),
    organizerMailbox: pick(env, 'MEETING_ORGANIZER'),
    quarterly: {
      unitDeadlineDay: intVar(env, 'UNIT_DEADLINE_DAY', 10, problems, 1, 28),
      compileDeadlineDay: intVar(env, 'COMPILE_DEADLINE_DAY', 14, problems, 1, 28),
      deadlinePolicy,
    },
    workingHours: {
      start: timeVar(env, 'WORK_START', '07:30', problems),
      end: timeVar(env, 'WORK_END', '17:30', problems),
    },
    reminders: {
      daysBefore,
      atTime: timeVar(env, 'REMINDER_TIME', '08:30', problems),
      maxOverdue: intVar(env, 'REMINDER_MAX_OVERDUE', 3, problems, 0, 30),
    },
    schedulerCron: env.SCHEDULER_CRON === undefined ? '* * * * *' : env.SCHEDULER_CRON.trim(),
    maxBodyBytes: intVar(env, 'MAX_BODY_BYTES', 256 * 1024, problems, 1024, 10 * 1024 * 1024),
    connectorTimeoutMs: intVar(env, 'CONNECTOR_TIMEOUT_MS', 30_000, problems, 100, 300_000),
    graphTimeoutMs: intVar(env, 'GRAPH_TIMEOUT_MS', 60_000, problems, 100, 300_000),
    databaseUrl: databaseUrlVar(env, problems),
    logLevel: pick(env, 'LOG_LEVEL') ?? 'info',
    language: languageVar(env, problems),
    tabAudience: pick(env, 'TAB_APP_ID_URI') ?? (bot && pick(env, 'BOT_DOMAIN') ? `api://${pick(env, 'BOT_DOMAIN')}/${bot.clientId}` : undefined),
    letterhead: {
      // Empty = derived: the city's People's Committee, the chief's roster title, the drafting unit's abbreviation.
      parentBody: pick(env, 'ORG_PARENT') ?? '',
      issuingBody: pick(env, 'ORG_NAME') ?? 'VĂN PHÒNG',
      numberSuffix: pick(env, 'DOC_NUMBER_SUFFIX') ?? 'BC-VP',
      place: pick(env, 'ORG_PLACE') ?? '',
      signerTitles: listVar(env, 'SIGNER_TITLES', []),
      recipients: listVar(env, 'REPORT_RECIPIENTS', []),
      archiveCode: pick(env, 'ARCHIVE_CODE') ?? '',
    },
  };
  if (config.workingHours.end <= config.workingHours.start) {
    problems.push(`WORK_END="${config.workingHours.end}" phải sau WORK_START="${config.workingHours.start}" / must be after WORK_START`);
  }
  if (config.quarterly.compileDeadlineDay < config.quarterly.unitDeadlineDay) {
    problems.push('COMPILE_DEADLINE_DAY phải sau UNIT_DEADLINE_DAY / must not be before UNIT_DEADLINE_DAY');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
