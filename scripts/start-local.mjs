#!/usr/bin/env node
// `npm start`: runs the bot and, when no bot credentials are set, the Microsoft 365 Agents
// Playground in front of it so the bot can be tried offline in a browser.
//
// Environment (all optional):
//   PORT                 bot port (default 3978)
//   PLAYGROUND_PORT      Playground port (default 56150; the Playground itself falls back to a
//                        random port when it is taken, and the address printed is the real one)
//   PLAYGROUND_CONFIG    mock Teams context file (default .m365agentsplayground.yml)
//   PLAYGROUND_AS        act as this committee member (id in data/committee.json, e.g. truong-tong-hop);
//                        same as `npm start -- --as truong-tong-hop`. Builds a context with that person as
//                        the Playground's current user (the UI has no user switcher). Overrides PLAYGROUND_CONFIG.
//   BOT_ENTRY            bot entry file run with tsx (default src/main.ts)
//   CLIENT_ID / MICROSOFT_APP_ID   when set, only the bot starts (real Azure Bot, no Playground)
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

// The bot reads .env at start; read it here too so credentials kept there also mean "no Playground".
const dotenv = path.join(root, '.env');
if (fs.existsSync(dotenv)) process.loadEnvFile(dotenv);
const env = process.env;
const botPort = Number(env.PORT || 3978);
const playgroundPort = Number(env.PLAYGROUND_PORT || 56150);
const actAs = argValue('--as') ?? env.PLAYGROUND_AS;
let configPath = path.resolve(root, env.PLAYGROUND_CONFIG || '.m365agentsplayground.yml');
const hasCredentials = Boolean(env.CLIENT_ID || env.MICROSOFT_APP_ID || env.clientId);

/** Children still running, so a signal or a crash can stop all of them. */
const children = new Set();
let stopping = false;

/** `--as id` or `--as=id` from the command line (npm start -- --as id). */
function argValue(flag) {
  const args = process.argv.slice(2);
  const index = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (index < 0) return undefined;
  return args[index].includes('=') ? args[index].slice(flag.length + 1) : args[index + 1];
}

/** Who keeps the other five seats of the Playground roster (its schema wants exactly 5 `users`). */
const OTHER_SEATS = ['thuong-truc', 'truong-tong-hop', 'truong-ban', 'thu-ky', 'pho-truong-ban', 'truong-kinh-te'];

/**
 * Writes a Playground context with `memberId` as the current user, built from the committee file,
 * and returns its path. It is JSON, which is also valid YAML. The ids follow the checked-in
 * .m365agentsplayground.yml and test/e2e (personal chat `personal-chat-<aadObjectId>`), so the chat
 * the bot remembers for a person is the same each time that person is current.
 */
function writeConfigFor(memberId) {
  const committeeFile = path.resolve(root, env.COMMITTEE_FILE || 'data/committee.json');
  const members = JSON.parse(fs.readFileSync(committeeFile, 'utf8')).members ?? [];
  const byId = new Map(members.map((m) => [m.id, m]));
  const current = byId.get(memberId);
  if (!current) {
    const known = members.map((m) => m.id).join(', ');
    throw new Error(`Không có thành viên "${memberId}" trong ${committeeFile} / no such member. Dùng một id / use one of: ${known}`);
  }
  const usable = (m) => m && m.aadObjectId && m.email && m.id !== memberId;
  const others = [...OTHER_SEATS.map((id) => byId.get(id)), ...members].filter(usable).filter((m, i, all) => all.indexOf(m) === i).slice(0, 5);
  const person = (m) => {
    const words = m.name.split(/\s+/);
    const surname = words.slice(0, Math.max(1, words.length - 2)).join(' ');
    const givenName = words.slice(surname.split(' ').length).join(' ') || m.name;
    return { id: `29:${m.id}`, name: m.name, userPrincipleName: m.email, aadObjectId: m.aadObjectId ?? `00000000-0000-4000-8000-${String(members.indexOf(m) + 1).padStart(12, '0')}`, givenName, surname, email: m.email };
  };
  const config = {
    version: '0.1.1',
    tenantId: '00000000-0000-4000-8000-0000000000ff',
    bot: { id: '00000000-0000-0000-0000-00000000c0c0', name: 'Trợ lý CCHC' },
    currentUser: person(current),
    users: others.map(person),
    personalChat: { id: `personal-chat-${person(current).aadObjectId}` },
    groupChat: { id: 'group-chat-ban-chi-dao-cchc', name: 'Ban Chỉ đạo CCHC' },
    team: {
      id: '19:team-ban-chi-dao-cchc@thread.tacv2',
      name: 'Ban Chỉ đạo CCHC',
      aadGroupId: '00000000-0000-4000-8000-0000000000aa',
      channels: [{ id: '19:kenh-bao-cao-quy@thread.tacv2', name: 'Báo cáo quý' }],
    },
  };
  const file = path.join(os.tmpdir(), `cchc-playground-${memberId}.yml`);
  fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`, 'utf8');
  return { file, name: current.name };
}

function say(message) {
  process.stdout.write(`[start-local] ${message}\n`);
}

function startChild(name, command, args, options) {
  const child = spawn(command, args, { cwd: root, ...options });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (stopping) {
      if (children.size === 0) process.exit(0);
      return;
    }
    // One half without the other is useless: stop everything and pass the failure on.
    say(`${name} đã dừng / exited (code ${code ?? '-'}, signal ${signal ?? '-'}); dừng phần còn lại / stopping the rest.`);
    stopAll(code ?? 1);
  });
  child.on('error', (error) => {
    say(`không chạy được ${name} / could not start ${name}: ${error.message}`);
    stopAll(1);
  });
  return child;
}

function stopAll(exitCode = 0, signal = 'SIGTERM') {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  for (const child of children) child.kill(signal);
  if (children.size === 0) process.exit(exitCode);
  // A child that ignores the signal must not keep the terminal hostage.
  setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(exitCode);
  }, 5000).unref();
}

process.on('SIGINT', () => stopAll(0, 'SIGINT'));
process.on('SIGTERM', () => stopAll(0, 'SIGTERM'));

// The Playground sends locale en-US; the bot answers in DEFAULT_LOCALE (vi-VN) anyway unless
// LOCALE_FROM_CLIENT=true or the member typed `language English`, so no locale rewrite is needed here.

async function main() {
  const tsxCli = require.resolve('tsx/cli');
  startChild('bot', process.execPath, [tsxCli, env.BOT_ENTRY || 'src/main.ts'], {
    stdio: 'inherit',
    env: { ...env, PORT: String(botPort) },
  });

  if (hasCredentials) {
    say(`Có thông tin đăng nhập bot: chỉ chạy bot trên cổng ${botPort} / bot credentials set: bot only, port ${botPort}.`);
    return;
  }

  if (actAs) {
    const generated = writeConfigFor(actAs);
    configPath = generated.file;
    say(`Playground: bạn là / you are ${generated.name} (${actAs}); ngữ cảnh / context: ${configPath}`);
  }
  if (!fs.existsSync(configPath)) {
    say(`Không thấy ${configPath}: Playground dùng người dùng mẫu / not found, the Playground uses its sample users.`);
  }
  const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
  const logFile = path.join(os.tmpdir(), 'cchc-playground.log');
  const playgroundCli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const playground = startChild(
    'playground',
    process.execPath,
    [playgroundCli, 'start', '--app-endpoint', endpoint, '--channel-id', 'msteams', '--port', String(playgroundPort), '--disable-telemetry'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
        // The Playground stamps localTimezone/clientInfo.timezone from its own process zone.
        TZ: env.PLAYGROUND_TZ || 'Asia/Ho_Chi_Minh',
      },
    },
  );
  const relay = (stream, out) => {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (text) => {
      buffered += text;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        out.write(`[playground] ${line}\n`);
        const listening = /Listening on (\d+)/.exec(line);
        if (listening) {
          say(`Mở / open http://localhost:${listening[1]} — bot: ${endpoint}; nhật ký / log: ${logFile}`);
        }
      }
    });
  };
  relay(playground.stdout, process.stdout);
  relay(playground.stderr, process.stderr);
}

main().catch((error) => {
  say(`lỗi khởi động / start failed: ${error.stack ?? error}`);
  stopAll(1);
});
