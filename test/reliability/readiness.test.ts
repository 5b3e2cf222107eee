import { expect } from 'chai';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BotProcess } from './helpers/bot-process.ts';
import { ProductionPath } from './helpers/production-path.ts';
import { PRODUCTION_SECRET } from './helpers/production.ts';

async function readyz(url: string): Promise<{ status: number; text: string; body: { status: string; checks: Record<string, unknown> } }> {
  const response = await fetch(`${url}/readyz`);
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { status: string; checks: Record<string, unknown> } };
}

describe('GET /readyz — readiness for App Service / Kubernetes probes (child process)', function () {
  this.timeout(60_000);

  describe('production, against the Entra ID double', () => {
    const prod = new ProductionPath();
    before(async () => {
      await prod.start();
    });
    after(async () => {
      await prod.stop();
    });

    it('answers 200 when the store takes a write and Entra ID gives a connector and a Graph token', async () => {
      const { status, body } = await readyz(prod.bot.url);
      expect(status).to.equal(200);
      expect(body).to.deep.equal({ status: 'ready', checks: { store: 'ok', connectorToken: 'ok', graphToken: 'ok' } });
      expect(prod.entra.tokenRequests.every((r) => r.secretMatched)).to.equal(true);
    });

    it('answers 503 naming the store when it cannot be written, while /healthz (liveness) stays 200', async () => {
      await rm(path.join(prod.dataDir, 'health'), { recursive: true, force: true });
      await writeFile(path.join(prod.dataDir, 'health'), 'not a folder');
      try {
        const { status, body } = await readyz(prod.bot.url);
        expect(status).to.equal(503);
        expect(body.status).to.equal('not-ready');
        expect(body.checks.store).to.have.property('failed').that.is.a('string');
        expect(body.checks).to.include({ connectorToken: 'ok', graphToken: 'ok' });
        expect((await fetch(`${prod.bot.url}/healthz`)).status).to.equal(200);
      } finally {
        // The store creates a collection's folder once per process; an operator who broke it puts it back.
        await rm(path.join(prod.dataDir, 'health'), { force: true });
        await mkdir(path.join(prod.dataDir, 'health'));
      }
      expect((await readyz(prod.bot.url)).status).to.equal(200);
    });

    it('answers 503 with Entra ID’s reason when the client secret is wrong, and never shows a secret', async () => {
      const wrong = 'wrong-secret~value-4f3e2d1c';
      await prod.bot.kill('SIGTERM');
      await prod.startBot({ CLIENT_SECRET: wrong });
      const { status, text, body } = await readyz(prod.bot.url);
      expect(status).to.equal(503);
      expect(body.checks.store).to.equal('ok');
      for (const name of ['connectorToken', 'graphToken']) {
        expect(body.checks[name], name).to.have.property('code', 'invalid_client');
        expect(JSON.stringify(body.checks[name])).to.include('AADSTS7000215');
      }
      expect(text).to.not.include(wrong);
      expect(text).to.not.include(PRODUCTION_SECRET);
      expect(text).to.not.match(/eyJ[\w-]+\./);
    });
  });

  describe('local mode', () => {
    it('answers 200 with only the store to check', async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-readyz-local-'));
      const bot = await BotProcess.start({ dataDir });
      try {
        const { status, body } = await readyz(bot.url);
        expect(status).to.equal(200);
        expect(body).to.deep.equal({ status: 'ready', checks: { store: 'ok' } });
      } finally {
        await bot.kill('SIGTERM');
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  });
});
