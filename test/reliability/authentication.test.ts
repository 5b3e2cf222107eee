import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createMessage } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { BotProcess } from './helpers/bot-process.ts';
import { CLIENT_ID, forgedToken, PRODUCTION_SECRET, productionEnv } from './helpers/production.ts';
import { rosterUser } from './helpers/roster-users.ts';

async function listTree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String);
}

describe('promise 1 — authentication (child process)', function () {
  this.timeout(60_000);

  describe('production with credentials', () => {
    let bot: BotProcess;
    let dataDir: string;
    const connector = new FakeConnector();

    before(async () => {
      await connector.start();
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-rel-auth-'));
      bot = await BotProcess.start({ dataDir, env: productionEnv() });
    });
    after(async () => {
      await bot.kill('SIGTERM');
      await connector.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    const activity = () => createMessage(rosterUser('thuong-truc'), 'mở báo cáo quý IV/2030', connector.url);

    it('refuses a request without a token with 401', async () => {
      expect((await bot.post(activity())).status).to.equal(401);
    });

    it('refuses a malformed token with 401', async () => {
      for (const value of ['Bearer not-a-jwt', 'Bearer ', 'Basic dXNlcjpwYXNz', `Bearer ${'a'.repeat(5000)}`]) {
        expect((await bot.post(activity(), { authorization: value })).status, value.slice(0, 20)).to.equal(401);
      }
    });

    it('refuses a token issued for another audience with 401', async () => {
      const token = forgedToken({ aud: 'some-other-bot', iss: 'https://api.botframework.com', appid: 'some-other-bot' });
      expect((await bot.post(activity(), { authorization: `Bearer ${token}` })).status).to.equal(401);
    });

    it('refuses a token for this audience signed by a key that is not Microsoft’s with 401', async () => {
      const token = forgedToken({ aud: CLIENT_ID, iss: 'https://api.botframework.com', appid: CLIENT_ID });
      expect((await bot.post(activity(), { authorization: `Bearer ${token}` })).status).to.equal(401);
    });

    it('ran no handler for any refused request: nothing stored, no Bot Connector call, no turn logged', async () => {
      expect(await listTree(dataDir)).to.deep.equal([]);
      expect(connector.calls).to.have.length(0);
      expect(bot.logs().filter((l) => l.msg === 'activity received')).to.have.length(0);
    });

    it('still answers /healthz without showing secrets', async () => {
      const response = await fetch(`${bot.url}/healthz`);
      const text = await response.text();
      expect(response.status).to.equal(200);
      expect(JSON.parse(text)).to.include({ mode: 'azure', botCredentialsConfigured: true });
      expect(text).to.not.include(PRODUCTION_SECRET);
    });
  });

  describe('local mode (no credentials)', () => {
    let bot: BotProcess;
    let dataDir: string;
    const connector = new FakeConnector();

    before(async () => {
      await connector.start();
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-rel-local-'));
      bot = await BotProcess.start({ dataDir });
    });
    after(async () => {
      await bot.kill('SIGTERM');
      await connector.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('binds to loopback only, unless HOST says otherwise', async () => {
      const listening = bot.logs().find((l) => l.msg === 'CCHC Bot is listening');
      expect(listening).to.include({ url: `http://127.0.0.1:${bot.port}`, mode: 'local' });
      const external = Object.values(os.networkInterfaces())
        .flat()
        .find((a) => a && a.family === 'IPv4' && !a.internal);
      // On a machine with a network address, the port must be closed there.
      if (external) {
        const refused = await new Promise<boolean>((resolve) => {
          const socket = connect(bot.port, external.address);
          socket.once('connect', () => {
            socket.destroy();
            resolve(false);
          });
          socket.once('error', () => resolve(true));
        });
        expect(refused, `port ${bot.port} reachable on ${external.address}`).to.equal(true);
      }
    });

    it('accepts anonymous traffic (the Agents Playground) and answers it', async () => {
      const user = rosterUser('thuong-truc');
      const { status } = await bot.post(createMessage(user, 'trợ giúp', connector.url, { id: `act-${randomUUID()}` }));
      expect(status).to.equal(200);
      expect(connector.calls.map((c) => FakeConnector.textOf(c)).join()).to.include('Trợ lý Ban Chỉ đạo CCHC');
    });
  });
});
