/** Evidence links as the unit wrote them, one per line (or separated by spaces), or the first that is not an https address. */
export type EvidenceLinks = { ok: true; links: string[] } | { ok: false; bad: string };

/** At most this many links per self-report: a card must stay under the Teams size limit. */
export const MAX_EVIDENCE_LINKS = 20;

/**
 * Reads evidence links (Điều 8.3: "hồ sơ tài liệu chứng minh"): each must be an https address, so
 * a member opens it from Teams without a warning and no local path or script leaks in.
 */
export function parseEvidenceLinks(text: string): EvidenceLinks {
  const links: string[] = [];
  for (const word of text.split(/\s+/).map((w) => w.trim()).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(word);
    } catch {
      // Not a URL at all: refused below with the word named, like a URL of another scheme.
      return { ok: false, bad: word };
    }
    if (url.protocol !== 'https:' || !url.hostname) return { ok: false, bad: word };
    links.push(url.href);
  }
  return { ok: true, links: [...new Set(links)].slice(0, MAX_EVIDENCE_LINKS) };
}
