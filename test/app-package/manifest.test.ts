import { expect } from 'chai';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import {
  AppPackageError,
  DEMO_BOT_ID,
  DEMO_TEAMS_APP_ID,
  buildManifest,
  packageApp,
  referencedFiles,
} from '../../scripts/package-app.ts';
import { renderColorIcon, renderOutlineIcon } from '../../scripts/make-icons.ts';
import { foldText } from '../../src/domain/commands/normalize-text.ts';
import { channelModule } from '../../src/features/channel/module.ts';

const APP_DIR = fileURLToPath(new URL('../../appPackage/', import.meta.url));
const TEMPLATE = await readFile(join(APP_DIR, 'manifest.json'), 'utf8');
const EN = JSON.parse(await readFile(join(APP_DIR, 'en.json'), 'utf8')) as Record<string, unknown>;

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const BOT_ID = 'a1b2c3d4-e5f6-4789-8abc-def012345678';
const ENV = { TEAMS_APP_ID: APP_ID, MICROSOFT_APP_ID: BOT_ID, BOT_DOMAIN: 'cchc-bot.example.gov.vn' };

/** Commands that act on the team channel they are typed in (title in the manifest, English title in en.json). */
const CHANNEL_ONLY = [{ title: 'gắn kênh', english: 'link channel' }];

const COMMANDS = [
  'trợ giúp', 'tôi là ai', 'tình hình', 'mở báo cáo quý', 'báo cáo đột xuất', 'nhắc',
  'tổng hợp', 'họp', 'kết luận', 'nhiệm vụ', 'thống kê',
];

// The official schemas shipped by @microsoft/app-manifest (JSON Schema draft-04).
const SCHEMA_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
);

async function loadSchema(version: string, file: string): Promise<Record<string, unknown>> {
  const text = await readFile(join(SCHEMA_DIR, `v${version}`, file), 'utf8');
  // Same clean-up as @microsoft/app-manifest: some published patterns use \a and \v, which JS regexes reject.
  return JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as Record<string, unknown>;
}

/** Validates like @microsoft/app-manifest does (ajv draft-04, uri/email/regex formats); returns error lines. */
async function schemaErrors(data: unknown, version: string, file: string): Promise<string[]> {
  const schema = await loadSchema(version, file);
  expect(String(schema.$schema)).to.contain('draft-04');
  // unicodeRegExp off: the Localization schema has patterns like `\b]` that only non-unicode regexes accept.
  // CommonJS modules: under NodeNext the class and plugin are on `.default` (also set at run time).
  const ajv = new Ajv04.default({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats.default(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

interface Png {
  readonly width: number;
  readonly height: number;
  readonly colourType: number;
  readonly pixels: Uint8Array; // RGBA rows, only decoded for 8-bit RGBA
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reads IHDR and, for 8-bit RGBA, un-filters the pixels (all five PNG filter types). */
function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).to.equal(true);
  let width = 0;
  let height = 0;
  let colourType = -1;
  let bitDepth = 0;
  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8] ?? 0;
      colourType = data[9] ?? -1;
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (colourType !== 6 || bitDepth !== 8) return { width, height, colourType, pixels: new Uint8Array(0) };
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? pixels[y * stride + x - 4] ?? 0 : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] ?? 0 : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] ?? 0 : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, colourType, pixels };
}

function entry(zip: JSZip, name: string): JSZip.JSZipObject {
  const file = zip.file(name);
  if (file === null) throw new Error(`${name} is missing from the zip`);
  return file;
}

type Command = { title: string; description?: string };
type CommandList = { scopes: string[]; commands: Command[] };
type Bot = { botId: string; scopes: string[]; supportsFiles: boolean; isNotificationOnly: boolean; commandLists: CommandList[] };

function botOf(manifest: Record<string, unknown>): Bot {
  const bots = manifest.bots as Bot[];
  expect(bots).to.have.length(1);
  return bots[0] as Bot;
}

describe('Teams app package', () => {
  describe('buildManifest', () => {
    it('fills ids and domain from the environment and passes the official schema', async () => {
      const { manifest, warnings } = buildManifest(TEMPLATE, ENV);
      expect(warnings).to.deep.equal([]);
      expect(JSON.stringify(manifest)).not.to.contain('${{');
      expect(manifest.id).to.equal(APP_ID);
      expect(botOf(manifest).botId).to.equal(BOT_ID);
      expect(manifest.validDomains).to.deep.equal(['cchc-bot.example.gov.vn']);
      const version = String(manifest.manifestVersion);
      expect(Number(version.split('.')[1])).to.be.at.least(29);
      expect(String(manifest.$schema)).to.contain(`/v${version}/`);
      expect(await schemaErrors(manifest, version, 'MicrosoftTeams.schema.json')).to.deep.equal([]);
    });

    it('offers the dashboard as a personal tab on the bot domain, with webApplicationInfo for SSO', () => {
      const { manifest } = buildManifest(TEMPLATE, ENV);
      const tabs = manifest.staticTabs as Array<{ contentUrl: string; scopes: string[] }>;
      expect(tabs).to.have.length(1);
      expect(tabs[0]!.contentUrl).to.equal('https://cchc-bot.example.gov.vn/tab/');
      expect(tabs[0]!.scopes).to.deep.equal(['personal']);
      expect(manifest.webApplicationInfo).to.deep.equal({ id: BOT_ID, resource: `api://cchc-bot.example.gov.vn/${BOT_ID}` });
      expect(EN['staticTabs[0].name']).to.equal('Dashboard');
    });

    it('drops the tab and webApplicationInfo without a domain (nowhere to serve them)', () => {
      const { manifest } = buildManifest(TEMPLATE, { BOT_DOMAIN: '' });
      expect(manifest).not.to.have.property('staticTabs');
      expect(manifest).not.to.have.property('webApplicationInfo');
    });

    it('falls back to demo GUIDs with a warning each, drops the empty domain and stays valid', async () => {
      const { manifest, warnings } = buildManifest(TEMPLATE, { BOT_DOMAIN: '  ' });
      expect(manifest.id).to.equal(DEMO_TEAMS_APP_ID);
      expect(botOf(manifest).botId).to.equal(DEMO_BOT_ID);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('TEAMS_APP_ID');
      expect(warnings[1]).to.contain('MICROSOFT_APP_ID');
      expect(manifest).not.to.have.property('validDomains');
      expect(await schemaErrors(manifest, String(manifest.manifestVersion), 'MicrosoftTeams.schema.json')).to.deep.equal([]);
    });

    it('is checked by a validator that does reject a broken manifest', async () => {
      const { manifest } = buildManifest(TEMPLATE, ENV);
      const broken = { ...manifest, id: 'not-a-guid', description: { short: 'x'.repeat(81), full: 'x' } };
      const errors = await schemaErrors(broken, String(manifest.manifestVersion), 'MicrosoftTeams.schema.json');
      expect(errors.join('\n')).to.contain('/id').and.to.contain('/description/short');
    });

    it('prefers BOT_ID, then CLIENT_ID, then MICROSOFT_APP_ID', () => {
      const other = '99999999-8888-4777-8666-555555555555';
      expect(botOf(buildManifest(TEMPLATE, { BOT_ID: other, CLIENT_ID: BOT_ID }).manifest).botId).to.equal(other);
      expect(botOf(buildManifest(TEMPLATE, { CLIENT_ID: other, MICROSOFT_APP_ID: BOT_ID }).manifest).botId).to.equal(other);
      expect(botOf(buildManifest(TEMPLATE, { clientId: other }).manifest).botId).to.equal(other);
    });

    it('keeps only the host when BOT_DOMAIN is a whole endpoint URL', () => {
      const { manifest } = buildManifest(TEMPLATE, { ...ENV, BOT_DOMAIN: 'https://abc-3978.devtunnels.ms/api/messages' });
      expect(manifest.validDomains).to.deep.equal(['abc-3978.devtunnels.ms']);
    });

    it('refuses an id that is not a GUID, naming the variable', () => {
      expect(() => buildManifest(TEMPLATE, { ...ENV, MICROSOFT_APP_ID: 'my-bot' }))
        .to.throw(AppPackageError, 'MICROSOFT_APP_ID');
      expect(() => buildManifest(TEMPLATE, { ...ENV, BOT_DOMAIN: 'bad domain/x' })).to.throw(AppPackageError, 'BOT_DOMAIN');
    });

    it('refuses unknown placeholders and invalid JSON', () => {
      expect(() => buildManifest('{"id":"${{NOPE}}"}', ENV)).to.throw(AppPackageError, 'NOPE');
      expect(() => buildManifest('{"id":', ENV)).to.throw(AppPackageError, 'JSON');
    });
  });

  describe('manifest content', () => {
    const { manifest } = buildManifest(TEMPLATE, ENV);
    const bot = botOf(manifest);

    it('names the app and describes it in Vietnamese (NFC), with https developer links', () => {
      expect(manifest.name).to.deep.equal({ short: 'CCHC Bot', full: 'Trợ lý Ban Chỉ đạo Cải cách hành chính' });
      expect(TEMPLATE).to.equal(TEMPLATE.normalize('NFC'));
      expect(JSON.stringify(EN)).to.equal(JSON.stringify(EN).normalize('NFC'));
      const description = manifest.description as { short: string; full: string };
      expect(description.short.length).to.be.at.most(80);
      expect(description.full).to.contain('báo cáo');
      const developer = manifest.developer as Record<string, string>;
      for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(developer[key]).to.match(/^https:\/\//);
      expect((manifest.localizationInfo as { defaultLanguageTag: string }).defaultLanguageTag).to.equal('vi-VN');
    });

    it('is a conversational bot taking files in the 1:1 chat (the annual plan spreadsheet), offering all commands in personal scope', () => {
      expect(bot.scopes).to.include('personal');
      expect(bot.supportsFiles).to.equal(true);
      expect(bot.isNotificationOnly).to.equal(false);
      const personal = bot.commandLists.find((list) => list.scopes.includes('personal'));
      expect(personal?.commands.map((c) => c.title)).to.deep.equal(COMMANDS);
      for (const list of bot.commandLists) {
        for (const command of list.commands) {
          expect(command.description, command.title).to.be.a('string');
          expect((command.description ?? '').length, command.title).to.be.within(1, 128);
        }
      }
    });

    // The personal list is the full list: a command offered in a group works in the 1:1 chat too. The one
    // exception is a command that acts on the channel it is typed in (`gắn kênh` links that channel; in a
    // chat it only says to type it in the channel): offered in the team scope alone, never in group chats
    // or the personal list, and only when the channel feature really declares it.
    it('lists every command of the group scopes in personal scope too, except the channel-only ones, offered in teams only', () => {
      const personal = new Set(bot.commandLists.find((l) => l.scopes.includes('personal'))?.commands.map((c) => c.title));
      const channelOnly = new Set(CHANNEL_ONLY.map((c) => c.title));
      for (const list of bot.commandLists) {
        for (const c of list.commands) {
          if (!channelOnly.has(c.title)) expect(personal.has(c.title), c.title).to.equal(true);
          else expect(list.scopes, c.title).to.deep.equal(['team']);
        }
      }
      const teamTitles = bot.commandLists.filter((l) => l.scopes.includes('team')).flatMap((l) => l.commands.map((c) => c.title));
      const channelPhrases = (channelModule.commands ?? []).flatMap((c) => c.phrases);
      for (const c of CHANNEL_ONLY) {
        expect(teamTitles, c.title).to.include(c.title);
        expect(channelPhrases, c.title).to.include(foldText(c.title));
        expect(channelPhrases, c.english).to.include(foldText(c.english));
      }
    });

    it('offers `gắn kênh` in the team scope with its English title `link channel`', () => {
      const lists = bot.commandLists;
      const team = lists.findIndex((l) => l.scopes.includes('team'));
      const index = lists[team]!.commands.findIndex((c) => c.title === 'gắn kênh');
      expect(index).to.be.at.least(0);
      expect(EN[`bots[0].commandLists[${team}].commands[${index}].title`]).to.equal('link channel');
      for (const [i, list] of lists.entries()) {
        list.commands.forEach((c, j) => expect(EN, `${c.title} in list ${i}`).to.have.property(`bots[0].commandLists[${i}].commands[${j}].title`));
      }
    });

    it('has an English localization file valid against the official schema, keyed to existing commands', async () => {
      const version = String(manifest.manifestVersion);
      expect(String(EN.$schema)).to.contain(`/v${version}/`);
      expect(await schemaErrors(EN, version, 'MicrosoftTeams.Localization.schema.json')).to.deep.equal([]);
      for (const key of Object.keys(EN)) {
        const match = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(\w+)$/.exec(key);
        if (match === null) continue;
        const command = bot.commandLists[Number(match[1])]?.commands[Number(match[2])];
        expect(command, key).not.to.equal(undefined);
        expect(command, key).to.have.property(match[3] ?? '');
      }
    });
  });

  describe('icons', () => {
    it('color.png is 192×192', async () => {
      const png = readPng(await readFile(join(APP_DIR, 'color.png')));
      expect([png.width, png.height]).to.deep.equal([192, 192]);
    });

    it('outline.png is 32×32 RGBA, white where drawn and transparent elsewhere', async () => {
      const png = readPng(await readFile(join(APP_DIR, 'outline.png')));
      expect([png.width, png.height, png.colourType]).to.deep.equal([32, 32, 6]);
      let transparent = 0;
      let drawn = 0;
      for (let i = 0; i < png.pixels.length; i += 4) {
        const alpha = png.pixels[i + 3] ?? 0;
        if (alpha === 0) transparent += 1;
        else {
          drawn += 1;
          expect([...png.pixels.subarray(i, i + 3)]).to.deep.equal([255, 255, 255]);
        }
      }
      expect(transparent).to.be.greaterThan(0);
      expect(drawn).to.be.greaterThan(0);
    });

    it('are what scripts/make-icons.ts draws (committed files are up to date)', async () => {
      for (const [name, fresh] of [['color.png', renderColorIcon()], ['outline.png', renderOutlineIcon()]] as const) {
        const committed = readPng(await readFile(join(APP_DIR, name)));
        const drawn = readPng(fresh);
        expect(Buffer.from(committed.pixels).equals(Buffer.from(drawn.pixels)), name).to.equal(true);
      }
    });
  });

  describe('packageApp', () => {
    let dir = '';
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'cchc-app-package-'));
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('writes a zip with the filled manifest and its files at the root', async () => {
      const result = await packageApp({ outFile: join(dir, 'out', 'app.zip'), env: ENV });
      expect(result.warnings).to.deep.equal([]);
      const zip = await JSZip.loadAsync(await readFile(result.outFile));
      const names = Object.keys(zip.files).sort();
      expect(names).to.deep.equal(['color.png', 'en.json', 'manifest.json', 'outline.png']);
      expect(names).to.include.members(['manifest.json', 'color.png', 'outline.png']);

      const packed = JSON.parse(await entry(zip, 'manifest.json').async('string')) as Record<string, unknown>;
      expect(packed).to.deep.equal(buildManifest(TEMPLATE, ENV).manifest);
      expect(referencedFiles(packed).sort()).to.deep.equal(['color.png', 'en.json', 'outline.png']);
      for (const name of ['color.png', 'outline.png', 'en.json']) {
        const inZip = await entry(zip, name).async('nodebuffer');
        expect(inZip.equals(await readFile(join(APP_DIR, name))), name).to.equal(true);
      }
    });

    it('stops with a clear error when a referenced file is missing', async () => {
      const emptyDir = await mkdtemp(join(dir, 'src-'));
      await writeFile(join(emptyDir, 'manifest.json'), TEMPLATE);
      let caught: unknown;
      try {
        await packageApp({ appPackageDir: emptyDir, outFile: join(dir, 'missing.zip'), env: ENV });
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(AppPackageError);
      expect((caught as Error).message).to.contain('color.png');
    });
  });
});
