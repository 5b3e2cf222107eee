/**
 * The standing member's synthesis of a cycle's report (Điều 6 mục 2.14, Điều 9.3): the parts that
 * are theirs to write, every save a version, trình ký to the chief, returned with comments or
 * approved with a number. Pure data and transitions; the feature stores and sends.
 */

/** The parts of the report the standing member (or the deputy chief, Điều 5.3) writes. */
export const SYNTHESIS_SECTIONS = ['strengths', 'limitations', 'nextQuarter', 'proposals', 'recommendations'] as const;
export type SynthesisSection = (typeof SYNTHESIS_SECTIONS)[number];
export type SynthesisText = Record<SynthesisSection, string>;

/** One saved version: typed on the card, or a .docx the standing member uploaded (then that file is what is sent). */
export interface SynthesisVersion {
  version: number;
  at: string;
  by: string;
  text: SynthesisText;
  source: 'card' | 'docx';
  /** For an uploaded document: its file name and where its bytes are stored (a store document id). */
  fileName?: string;
  fileId?: string;
}

export type SynthesisState = 'draft' | 'submitted' | 'returned' | 'approved';

export interface SignatureRequest {
  at: string;
  by: string;
  version: number;
  /** Who received the approval card (the chief, or the deputy chief while delegated). */
  to: string[];
}

export interface ReturnNote {
  at: string;
  by: string;
  version: number;
  comments: string;
}

export interface Approval {
  at: string;
  by: string;
  version: number;
  /** The register number, e.g. "15" (the document reads "Số: 15/BC-VP"). */
  number: string;
  /** yyyy-mm-dd in Vietnam time: the document's date. */
  issuedOn: string;
  numberSource: 'typed' | 'counter';
  onBehalfOfChief: boolean;
}

export interface Synthesis {
  cycleId: string;
  state: SynthesisState;
  versions: SynthesisVersion[];
  requests: SignatureRequest[];
  returns: ReturnNote[];
  approval?: Approval;
  /** Set once the City committee's mail left. */
  sentAt?: string;
  /** Members already told it was sent (recorded after each notice, so a retry tells only the others). */
  told?: string[];
  /** Approvers whose approval card could not be delivered (no chat with the bot yet): sent when they can be reached. */
  approvalUndelivered?: string[];
}

/** Why a transition was refused: the feature says it in the member's language. */
export type SynthesisRefusal = 'awaiting-approval' | 'already-approved' | 'not-submitted' | 'comments-required';

export type Transition = { ok: true; synthesis: Synthesis; changed: boolean } | { ok: false; reason: SynthesisRefusal };

/** A new synthesis whose first version is the prefilled draft. */
export function newSynthesis(cycleId: string, text: SynthesisText, by: string, at: string): Synthesis {
  return { cycleId, state: 'draft', versions: [{ version: 1, at, by, text, source: 'card' }], requests: [], returns: [] };
}

export function latestSynthesisVersion(s: Synthesis): SynthesisVersion {
  return s.versions.at(-1)!;
}

function sameText(a: SynthesisText, b: SynthesisText): boolean {
  return SYNTHESIS_SECTIONS.every((k) => a[k] === b[k]);
}

function editable(s: Synthesis): SynthesisRefusal | undefined {
  if (s.state === 'approved') return 'already-approved';
  if (s.state === 'submitted') return 'awaiting-approval';
  return undefined;
}

/** Saves edited text as a new version; the same text again (a repeated click) is not a new version. */
export function saveVersion(s: Synthesis, text: SynthesisText, by: string, at: string, file?: { fileName: string; fileId: string }): Transition {
  const refusal = editable(s);
  if (refusal) return { ok: false, reason: refusal };
  const latest = latestSynthesisVersion(s);
  if (!file && latest.source === 'card' && sameText(latest.text, text)) return { ok: true, synthesis: s, changed: false };
  const version: SynthesisVersion = { version: latest.version + 1, at, by, text, source: file ? 'docx' : 'card', ...(file ?? {}) };
  return { ok: true, synthesis: { ...s, versions: [...s.versions, version] }, changed: true };
}

/** Trình ký: the latest version goes to the decision maker; refused while one already waits or once approved. */
export function submitForSignature(s: Synthesis, by: string, at: string, to: string[]): Transition {
  const refusal = editable(s);
  if (refusal) return { ok: false, reason: refusal };
  const request: SignatureRequest = { at, by, version: latestSynthesisVersion(s).version, to };
  return { ok: true, synthesis: { ...s, state: 'submitted', requests: [...s.requests, request] }, changed: true };
}

/** Trả lại kèm ý kiến: back to the standing member with the comments; the text versions are kept. */
export function returnForEdit(s: Synthesis, by: string, at: string, comments: string): Transition {
  if (s.state === 'approved') return { ok: false, reason: 'already-approved' };
  if (s.state !== 'submitted') return { ok: false, reason: 'not-submitted' };
  if (comments.trim() === '') return { ok: false, reason: 'comments-required' };
  const note: ReturnNote = { at, by, version: latestSynthesisVersion(s).version, comments: comments.trim() };
  return { ok: true, synthesis: { ...s, state: 'returned', returns: [...s.returns, note] }, changed: true };
}

/** Duyệt: the submitted version is approved with its number and date; a second approval changes nothing. */
export function approve(s: Synthesis, approval: Omit<Approval, 'version'>): Transition {
  if (s.state === 'approved') return { ok: true, synthesis: s, changed: false };
  if (s.state !== 'submitted') return { ok: false, reason: 'not-submitted' };
  const version = s.requests.at(-1)?.version ?? latestSynthesisVersion(s).version;
  return { ok: true, synthesis: { ...s, state: 'approved', approval: { ...approval, version } }, changed: true };
}

/** The version that was (or will be) signed: the one last submitted for signature. */
export function signedVersion(s: Synthesis): SynthesisVersion {
  const number = s.approval?.version ?? s.requests.at(-1)?.version;
  return s.versions.find((v) => v.version === number) ?? latestSynthesisVersion(s);
}
