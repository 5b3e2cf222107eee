// Builds the Teams app package: appPackage/manifest.json with its ${{NAME}} placeholders
// filled from the environment (and .env if present), zipped with the files it references.
//   npm run package            -> dist/cchc-bot-app.zip
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseEnv } from 'node:util';
import JSZip from 'jszip';

/** Used for `id` when TEAMS_APP_ID is unset, so a demo package still validates. */
export const DEMO_TEAMS_APP_ID = '0c4cb0a1-cc4c-4b07-9d3a-2a6f0e5c0001';
/** Used for `botId` when no bot id variable is set. */
export const DEMO_BOT_ID = '0c4cb0a1-cc4c-4b07-9d3a-2a6f0e5c0002';

/** Environment variables read for the bot id, first set wins; after BOT_ID, the order src/config.ts uses. */
export const BOT_ID_VARIABLES = ['BOT_ID', 'CLIENT_ID', 'MICROSOFT_APP_ID', 'clientId'] as const;

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOSTNAME = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A packaging failure whose message says what to fix. */
export class AppPackageError extends Error {
  override readonly name = 'AppPackageError';
}

/** Environment as read by the packager: plain name -> value, unset or empty meaning absent. */
export type PackageEnv = Readonly<Record<string, string | undefined>>;

/** The filled manifest plus the warnings to show (demo ids used). */
export interface BuiltManifest {
  readonly manifest: Record<string, unknown>;
  readonly warnings: readonly string[];
}

function firstSet(env: PackageEnv, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

function guidFrom(env: PackageEnv, names: readonly string[], demo: string, warnings: string[]): string {
  const found = firstSet(env, names);
  if (!found) {
    warnings.push(
      `Cảnh báo: chưa đặt ${names.join(' / ')}, dùng GUID mẫu ${demo}; gói chỉ dùng để thử. ` +
        `/ Warning: ${names.join(' / ')} not set; using demo GUID ${demo} (for trying out only).`,
    );
    return demo;
  }
  if (!GUID.test(found.value)) {
    throw new AppPackageError(
      `${found.name} phải là GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), lấy từ Teams Developer Portal / Entra ID. ` +
        `/ ${found.name} must be a GUID, as shown in the Teams Developer Portal or Entra ID app registration.`,
    );
  }
  return found.value;
}

function domainFrom(env: PackageEnv): string {
  const raw = env.BOT_DOMAIN?.trim();
  if (!raw) return '';
  // Accept a whole endpoint URL (e.g. the tunnel's https://x.example/api/messages) and keep its host.
  const host = raw.includes('://') && URL.canParse(raw) ? new URL(raw).hostname : raw;
  if (!HOSTNAME.test(host)) {
    throw new AppPackageError(
      `BOT_DOMAIN "${raw}" không phải tên miền hợp lệ; đặt dạng bot.example.gov.vn. ` +
        `/ BOT_DOMAIN must be a host name such as bot.example.gov.vn (no path or port).`,
    );
  }
  return host;
}

function fill(value: unknown, values: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_match, name: string) => {
      const replacement = values[name];
      if (replacement === undefined) {
        throw new AppPackageError(
          `manifest.json dùng biến chưa hỗ trợ \${{${name}}}; chỉ có ${Object.keys(values).join(', ')}. ` +
            `/ manifest.json uses unknown placeholder \${{${name}}}; supported: ${Object.keys(values).join(', ')}.`,
        );
      }
      return replacement;
    });
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, values)]));
  }
  return value;
}

/** Fills the manifest template's ${{TEAMS_APP_ID}}, ${{BOT_ID}} and ${{BOT_DOMAIN}} from env; pure. */
export function buildManifest(template: string, env: PackageEnv): BuiltManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(template);
  } catch (error) {
    throw new AppPackageError(
      `appPackage/manifest.json không phải JSON hợp lệ / is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AppPackageError('appPackage/manifest.json phải là một đối tượng JSON / must be a JSON object.');
  }
  const warnings: string[] = [];
  const values = {
    TEAMS_APP_ID: guidFrom(env, ['TEAMS_APP_ID'], DEMO_TEAMS_APP_ID, warnings),
    BOT_ID: guidFrom(env, BOT_ID_VARIABLES, DEMO_BOT_ID, warnings),
    BOT_DOMAIN: domainFrom(env),
  };
  const manifest = fill(parsed, values) as Record<string, unknown>;
  // The dashboard tab and its SSO resource live on the bot's domain: without one there is no tab to offer.
  if (values.BOT_DOMAIN === '') {
    delete manifest.staticTabs;
    delete manifest.webApplicationInfo;
  }
  // An unset BOT_DOMAIN leaves an empty entry, which Teams rejects; drop it (and an emptied list).
  if (Array.isArray(manifest.validDomains)) {
    const domains = manifest.validDomains.filter((d) => d !== '');
    if (domains.length > 0) manifest.validDomains = domains;
    else delete manifest.validDomains;
  }
  return { manifest, warnings };
}

/** The package files a manifest references besides itself: icons and localization files. */
export function referencedFiles(manifest: Record<string, unknown>): string[] {
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const localization = (manifest.localizationInfo ?? {}) as { additionalLanguages?: Array<{ file?: unknown }> };
  const files = [
    icons.color,
    icons.outline,
    icons.color32x32,
    (manifest.localizationInfo as { defaultLanguageFile?: unknown } | undefined)?.defaultLanguageFile,
    ...(localization.additionalLanguages ?? []).map((language) => language.file),
  ];
  return [...new Set(files.filter((f): f is string => typeof f === 'string'))];
}

/** Where to read the package sources, where to write the zip, which environment to use. */
export interface PackageOptions {
  readonly appPackageDir?: string;
  readonly outFile?: string;
  readonly env?: PackageEnv;
}

/** What was written. */
export interface PackageResult {
  readonly outFile: string;
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

/** Builds the manifest and writes the zip (manifest.json and referenced files at the root). */
export async function packageApp(options: PackageOptions = {}): Promise<PackageResult> {
  const appPackageDir = options.appPackageDir ?? join(ROOT, 'appPackage');
  const outFile = options.outFile ?? join(ROOT, 'dist', 'cchc-bot-app.zip');
  const template = await readFile(join(appPackageDir, 'manifest.json'), 'utf8');
  const { manifest, warnings } = buildManifest(template, options.env ?? process.env);

  // A fixed date keeps the zip byte-identical for identical inputs.
  const date = new Date(Date.UTC(2025, 0, 1));
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  const extra = referencedFiles(manifest);
  for (const name of extra) {
    const path = join(appPackageDir, name);
    if (!existsSync(path)) {
      throw new AppPackageError(
        `manifest.json trỏ tới ${name} nhưng không có ${path}; tạo lại bằng "npx tsx scripts/make-icons.ts" nếu là biểu tượng. ` +
          `/ manifest.json references ${name} but ${path} is missing; icons are made by "npx tsx scripts/make-icons.ts".`,
      );
    }
    zip.file(name, await readFile(path), { date });
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, bytes);
  return { outFile, files: ['manifest.json', ...extra], warnings };
}

/** process.env over the repository's .env (if any), without changing process.env. */
function readEnv(): PackageEnv {
  const dotEnv = join(ROOT, '.env');
  return existsSync(dotEnv) ? { ...parseEnv(readFileSync(dotEnv, 'utf8')), ...process.env } : process.env;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  packageApp({ env: readEnv() }).then(
    (result) => {
      for (const warning of result.warnings) console.warn(warning);
      console.log(`Đã tạo gói ứng dụng Teams / Teams app package written: ${result.outFile} (${result.files.join(', ')})`);
    },
    (error: unknown) => {
      console.error(error instanceof AppPackageError ? error.message : error);
      process.exitCode = 1;
    },
  );
}
