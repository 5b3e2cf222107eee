/** Entra ID login host and Microsoft Graph host of one Microsoft cloud. */
export interface CloudHosts {
  authorityHost: string;
  graphBaseUrl: string;
}

/**
 * The national clouds, by the names `az cloud list` and the Graph documentation use
 * (https://learn.microsoft.com/graph/deployments). Germany's cloud is closed and is not listed.
 */
export const NATIONAL_CLOUDS: Readonly<Record<string, CloudHosts>> = {
  public: { authorityHost: 'https://login.microsoftonline.com', graphBaseUrl: 'https://graph.microsoft.com' },
  usgov: { authorityHost: 'https://login.microsoftonline.us', graphBaseUrl: 'https://graph.microsoft.us' },
  'usgov-dod': { authorityHost: 'https://login.microsoftonline.us', graphBaseUrl: 'https://dod-graph.microsoft.us' },
  china: { authorityHost: 'https://login.chinacloudapi.cn', graphBaseUrl: 'https://microsoftgraph.chinacloudapi.cn' },
};

/** The names Azure itself gives the same clouds, accepted as aliases. */
const ALIASES: Readonly<Record<string, string>> = {
  azurecloud: 'public',
  azurepubliccloud: 'public',
  global: 'public',
  azureusgovernment: 'usgov',
  gcchigh: 'usgov',
  dod: 'usgov-dod',
  azurechinacloud: 'china',
  '21vianet': 'china',
};

export type AuthorityHostResult = { ok: true; hosts: CloudHosts; cloud?: string } | { ok: false; reason: string };

/**
 * Reads an authority host setting: a national cloud name (public, usgov, usgov-dod, china, or
 * Azure's names for them) or an https origin of a private or sovereign Entra ID. A cloud name
 * (or a national cloud's login URL) also gives that cloud's Graph host; any other origin keeps the
 * public Graph host unless GRAPH_BASE_URL says otherwise.
 */
export function parseAuthorityHost(raw: string): AuthorityHostResult {
  const name = raw.trim().toLowerCase();
  const cloud = NATIONAL_CLOUDS[name] ? name : ALIASES[name];
  if (cloud) return { ok: true, hosts: NATIONAL_CLOUDS[cloud]!, cloud };
  if (!name.includes(':') && !name.includes('/')) {
    return { ok: false, reason: `không phải tên đám mây đã biết (${Object.keys(NATIONAL_CLOUDS).join(', ')}) / is not a known cloud name` };
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'không phải địa chỉ URL / is not a URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'phải dùng https:// / must use https://' };
  if (url.username || url.password || url.search || url.hash || url.pathname.replace(/\/+$/, '') !== '') {
    return { ok: false, reason: 'chỉ gồm máy chủ, không có đường dẫn hay tenant, ví dụ https://login.microsoftonline.us / must be a bare host such as https://login.microsoftonline.us (no path, no tenant)' };
  }
  // A national cloud's login host written as a URL still gets that cloud's Graph host.
  const known = Object.values(NATIONAL_CLOUDS).find((c) => c.authorityHost === url.origin);
  return { ok: true, hosts: { authorityHost: url.origin, graphBaseUrl: (known ?? NATIONAL_CLOUDS.public!).graphBaseUrl } };
}
