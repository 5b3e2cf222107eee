/** A file name derived from user text that cannot leave its folder: ASCII, no separators, no dot-dot. */
export function safeFileName(text: string, ext: string, maxLength = 80): string {
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return `${base || 'tep'}.${ext.replace(/[^a-z0-9]/gi, '')}`;
}
