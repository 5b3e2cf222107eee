/** What a member may open with `tài liệu` (Điều 6.1.d): the committee's papers, newest first. */
export type DocumentKind = 'report' | 'invitation' | 'conclusions' | 'decision' | 'inspection';

export interface CommitteeDocument {
  /** `<kind>:<id of the stored cycle, meeting, poll or inspection>`, what the card's button sends back. */
  ref: string;
  kind: DocumentKind;
  title: string;
  /** ISO date or timestamp the document is dated. */
  date: string;
  /** Meant for every member (a group meeting's papers are for its invitees and the officers only). */
  forAll: boolean;
}

const REF = /^(report|invitation|conclusions|decision|inspection):([A-Za-z0-9][A-Za-z0-9_.-]{0,127})$/;

/** Splits a document ref; undefined for anything a genuine card would not send. */
export function parseDocumentRef(ref: string): { kind: DocumentKind; id: string } | undefined {
  const m = REF.exec(ref);
  return m ? { kind: m[1] as DocumentKind, id: m[2]! } : undefined;
}

/**
 * The documents a member sees: officers (chief, deputy chief, standing member, secretary) all of
 * them; anyone else — a unit head — only what is meant for all members.
 */
export function visibleDocuments(docs: readonly CommitteeDocument[], isOfficer: boolean): CommitteeDocument[] {
  return docs.filter((d) => isOfficer || d.forAll).sort((a, b) => b.date.localeCompare(a.date));
}
