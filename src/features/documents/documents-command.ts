import { renderCard } from '../../cards/render-card.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import { visibleDocuments } from '../../domain/documents/document-index.ts';
import { DOCUMENTS } from '../../i18n/document-strings.ts';
import type { AppServices } from '../app-services.ts';
import { requireMember } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { CommandTurn } from '../turn.ts';
import { collectDocuments } from './collect-documents.ts';

/** At most this many rows on the card: a bot message must stay under about 80 KB. */
const MAX_ROWS = 40;

/** `tài liệu` / `documents` (Điều 6.1.d): the documents this member may open, newest first, each with an Open button. */
export async function documentsCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  const member = requireMember(turn.caller);
  const s = DOCUMENTS[turn.caller.locale];
  const docs = visibleDocuments(await collectDocuments(app, turn.caller.locale), member.roles.length > 0).slice(0, MAX_ROWS);
  if (docs.length === 0) return [{ type: 'text', text: s.none }];
  const card = renderCard('documents', {
    title: s.title,
    intro: s.intro(docs.length),
    openLabel: s.open,
    documents: docs.map((d) => ({ label: `${formatDate(d.date)} · ${d.title}`, ref: d.ref })),
  });
  return [{ type: 'card', card }];
}
