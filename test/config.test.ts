import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { readConfig } from '../src/config.ts';
import { ConfigError } from '../src/errors/config-error.ts';

const SECRET = 'S3cr3t~value.that-must-never-leak';
const CREDS = {
  CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  CLIENT_SECRET: SECRET,
  TENANT_ID: '99999999-8888-4777-8666-555555555555',
};

/** Runs readConfig expecting a ConfigError and returns it. */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError, but the configuration was accepted');
}

describe('readConfig', () => {
  it('runs in local mode with defaults when nothing is set', () => {
    const config = readConfig({});
    expect(config.production).to.equal(false);
    expect(config.nodeEnv).to.equal('development');
    expect(config.port).to.equal(3978);
    expect(config.host).to.equal('127.0.0.1');
    expect(config.bot).to.equal(null);
    expect(config.graph).to.equal(null);
    expect(config.dataDir).to.equal(path.resolve('data/state'));
    expect(config.committeeFile).to.equal(path.resolve('data/committee.json'));
    expect(config.holidaysFile).to.equal(path.resolve('data/holidays.json'));
    expect(config.timeZone).to.equal('Asia/Ho_Chi_Minh');
    expect(config.localAppId).to.match(/^[0-9a-f-]{36}$/);
    expect(config.quarterly).to.deep.equal({ unitDeadlineDay: 10, compileDeadlineDay: 14, deadlinePolicy: 'next' });
    expect(config.workingHours).to.deep.equal({ start: '07:30', end: '17:30' });
    expect(config.reminders).to.deep.equal({ daysBefore: [3, 1], atTime: '08:30', maxOverdue: 3 });
    expect(config.schedulerCron).to.equal('* * * * *');
  });

  it('reads explicit values', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/cchc-state',
      DEADLINE_POLICY: 'previous',
      WORK_START: '08:00',
      WORK_END: '17:00',
      REMINDER_DAYS_BEFORE: '5, 2 ,1',
      SCHEDULER_CRON: '',
      SIGNER_TITLES: 'KT. TRƯỞNG BAN;PHÓ TRƯỞNG BAN',
    });
    expect(config.port).to.equal(0);
    expect(config.host).to.equal('0.0.0.0');
    expect(config.dataDir).to.equal(path.resolve('/tmp/cchc-state'));
    expect(config.quarterly.deadlinePolicy).to.equal('previous');
    expect(config.workingHours).to.deep.equal({ start: '08:00', end: '17:00' });
    expect(config.reminders.daysBefore).to.deep.equal([5, 2, 1]);
    expect(config.schedulerCron).to.equal('');
    expect(config.letterhead.signerTitles).to.deep.equal(['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN']);
  });

  it('does not turn an empty item of REMINDER_DAYS_BEFORE into day 0', () => {
    expect(readConfig({ REMINDER_DAYS_BEFORE: '3,,1' }).reminders.daysBefore).to.deep.equal([3, 1]);
  });

  it('in production, names each missing credential and MAIL_SENDER', () => {
    const error = configError({ NODE_ENV: 'production' });
    const text = error.message;
    for (const name of ['CLIENT_ID', 'CLIENT_SECRET', 'TENANT_ID', 'MAIL_SENDER']) {
      expect(text).to.contain(name);
      expect(error.problems.some((p) => p.startsWith(name))).to.equal(true, name);
    }
    expect(error.problems).to.have.length(4);
  });

  it('in production, names only the credential that is missing', () => {
    const error = configError({ NODE_ENV: 'production', ...CREDS, CLIENT_SECRET: undefined, MAIL_SENDER: 'cchc@example.gov.vn' });
    expect(error.problems).to.have.length(1);
    expect(error.problems[0]).to.match(/^CLIENT_SECRET /);
  });

  it('does not call MAIL_SENDER missing when it is set', () => {
    const error = configError({ NODE_ENV: 'production', MAIL_SENDER: 'cchc@example.gov.vn' });
    expect(error.message).to.not.match(/MAIL_SENDER chưa đặt/);
    expect(error.problems).to.have.length(3);
  });

  it('in development, names the missing part of partial credentials', () => {
    const error = configError({ CLIENT_ID: CREDS.CLIENT_ID, CLIENT_SECRET: SECRET });
    expect(error.problems).to.have.length(1);
    expect(error.problems[0]).to.match(/^TENANT_ID /).and.match(/cả ba/);
  });

  it('accepts the Azure Bot Service variable names as aliases', () => {
    const config = readConfig({ MICROSOFT_APP_ID: CREDS.CLIENT_ID, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: CREDS.TENANT_ID });
    expect(config.bot).to.deep.equal({ clientId: CREDS.CLIENT_ID, clientSecret: SECRET, tenantId: CREDS.TENANT_ID });
    expect(config.host).to.equal('0.0.0.0');
  });

  it('starts in production with credentials and MAIL_SENDER, deriving graph settings from the bot', () => {
    const config = readConfig({ NODE_ENV: 'production', ...CREDS, MAIL_SENDER: 'cchc@example.gov.vn' });
    expect(config.production).to.equal(true);
    expect(config.bot).to.deep.equal({ clientId: CREDS.CLIENT_ID, clientSecret: SECRET, tenantId: CREDS.TENANT_ID });
    expect(config.graph).to.deep.equal({
      clientId: CREDS.CLIENT_ID,
      clientSecret: SECRET,
      tenantId: CREDS.TENANT_ID,
      baseUrl: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com',
      senderMailbox: 'cchc@example.gov.vn',
    });
  });

  it('uses separate Graph credentials and national-cloud hosts when given', () => {
    const config = readConfig({
      ...CREDS,
      MAIL_SENDER: 'cchc@example.gov.vn',
      GRAPH_CLIENT_ID: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      GRAPH_CLIENT_SECRET: 'other-secret',
      GRAPH_BASE_URL: 'https://microsoftgraph.chinacloudapi.cn/',
      GRAPH_AUTHORITY_HOST: 'https://login.chinacloudapi.cn//',
    });
    expect(config.graph?.clientId).to.equal('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(config.graph?.clientSecret).to.equal('other-secret');
    expect(config.graph?.tenantId).to.equal(CREDS.TENANT_ID);
    expect(config.graph?.baseUrl).to.equal('https://microsoftgraph.chinacloudapi.cn');
    expect(config.graph?.authorityHost).to.equal('https://login.chinacloudapi.cn');
  });

  it('takes one authority host for the bot and Graph: a national cloud name gives its login and Graph hosts', () => {
    const usgov = readConfig({ ...CREDS, MAIL_SENDER: 'cchc@example.gov.vn', AZURE_AUTHORITY_HOST: 'usgov' });
    expect(usgov.authorityHost).to.equal('https://login.microsoftonline.us');
    expect(usgov.graph).to.include({ authorityHost: 'https://login.microsoftonline.us', baseUrl: 'https://graph.microsoft.us' });
    const china = readConfig({ ...CREDS, MAIL_SENDER: 'cchc@example.gov.vn', AZURE_AUTHORITY_HOST: 'AzureChinaCloud' });
    expect(china.graph).to.include({ authorityHost: 'https://login.chinacloudapi.cn', baseUrl: 'https://microsoftgraph.chinacloudapi.cn' });
    const dod = readConfig({ ...CREDS, MAIL_SENDER: 'cchc@example.gov.vn', AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us/', GRAPH_BASE_URL: 'https://dod-graph.microsoft.us' });
    expect(dod.graph).to.include({ authorityHost: 'https://login.microsoftonline.us', baseUrl: 'https://dod-graph.microsoft.us' });
    const own = readConfig({ ...CREDS, AZURE_AUTHORITY_HOST: 'https://login.cloud.example.gov.vn:8443' });
    expect(own.authorityHost).to.equal('https://login.cloud.example.gov.vn:8443');
    expect(readConfig({}).authorityHost).to.equal('https://login.microsoftonline.com');
  });

  it('stops on an authority host that is not https, has a path or tenant, or names an unknown cloud, naming the variable', () => {
    for (const [value, reason] of [
      ['http://login.microsoftonline.com', 'https://'],
      ['https://login.microsoftonline.com/' + CREDS.TENANT_ID, 'no path'],
      ['germany', 'not a known cloud name'],
      ['https://', 'not a URL'],
    ] as const) {
      const error = configError({ AZURE_AUTHORITY_HOST: value });
      expect(error.message, value).to.include(`AZURE_AUTHORITY_HOST="${value}"`).and.include(reason);
    }
    expect(configError({ GRAPH_AUTHORITY_HOST: 'ftp://x' }).message).to.include('GRAPH_AUTHORITY_HOST="ftp://x"');
  });

  it('keeps graph off without MAIL_SENDER outside production', () => {
    const config = readConfig({ ...CREDS });
    expect(config.bot).to.not.equal(null);
    expect(config.graph).to.equal(null);
  });

  it('names a bad PORT, bad times, a bad DEADLINE_POLICY and bad deadline days', () => {
    const error = configError({
      PORT: '70000',
      WORK_START: '7:30',
      REMINDER_TIME: '25:00',
      DEADLINE_POLICY: 'later',
      UNIT_DEADLINE_DAY: '31',
      REMINDER_DAYS_BEFORE: '3,x',
    });
    const named = ['PORT="70000"', 'WORK_START="7:30"', 'REMINDER_TIME="25:00"', 'DEADLINE_POLICY="later"', 'UNIT_DEADLINE_DAY="31"', 'REMINDER_DAYS_BEFORE'];
    for (const name of named) expect(error.message).to.contain(name);
    expect(error.problems).to.have.length(named.length);
  });

  it('refuses a non-numeric PORT and a working day that ends before it starts', () => {
    expect(configError({ PORT: 'http' }).message).to.contain('PORT="http"');
    expect(configError({ WORK_START: '17:30', WORK_END: '07:30' }).message).to.contain('WORK_END="07:30"');
  });

  it('refuses a compile deadline before the unit deadline', () => {
    expect(configError({ UNIT_DEADLINE_DAY: '12', COMPILE_DEADLINE_DAY: '11' }).message).to.contain('COMPILE_DEADLINE_DAY');
  });

  it('never puts a secret into an error message', () => {
    const envs = [
      { NODE_ENV: 'production', CLIENT_SECRET: SECRET },
      { CLIENT_SECRET: SECRET, PORT: 'x' },
      { ...CREDS, GRAPH_CLIENT_SECRET: `${SECRET}-graph`, NODE_ENV: 'production', WORK_END: '99:99' },
      { MICROSOFT_APP_PASSWORD: SECRET, TENANT_ID: CREDS.TENANT_ID },
    ];
    for (const env of envs) {
      const error = configError(env);
      expect(error.message).to.not.contain(SECRET);
      expect(error.problems.join('\n')).to.not.contain(SECRET);
      expect(String(error.stack)).to.not.contain(SECRET);
    }
  });
});

describe('.env.example', () => {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const example = readFileSync(join(root, '.env.example'), 'utf8');
  /** Names set or shown commented-out, e.g. `CLIENT_ID=` or `# PORT=3978`. */
  const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));

  it('documents every variable readConfig reads, and the packaging variables', () => {
    const source = readFileSync(join(root, 'src/config.ts'), 'utf8');
    const read = new Set<string>();
    for (const m of source.matchAll(/(?:pick|intVar|timeVar|listVar)\(env,\s*([^)]*)\)/g)) {
      for (const name of (m[1] ?? '').matchAll(/'([A-Z][A-Z0-9_]*)'/g)) read.add(name[1] ?? '');
    }
    for (const m of source.matchAll(/env\.([A-Z][A-Z0-9_]*)/g)) read.add(m[1] ?? '');
    expect(read.size).to.be.greaterThan(30);
    const legacy = ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'];
    for (const name of [...read].filter((n) => !legacy.includes(n))) expect(documented.has(name), name).to.equal(true);
    for (const name of legacy) expect(example, name).to.contain(name);
    for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN']) expect(documented.has(name), name).to.equal(true);
  });

  it('holds no values for secrets and, used as is, starts the bot in local mode', () => {
    const env = parseEnv(example);
    for (const name of ['CLIENT_SECRET', 'GRAPH_CLIENT_SECRET', 'CLIENT_ID', 'TENANT_ID']) expect(env[name] ?? '', name).to.equal('');
    const config = readConfig(env);
    expect(config.bot).to.equal(null);
    expect(config.schedulerCron).to.equal('* * * * *');
  });
});
