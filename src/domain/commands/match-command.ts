import { foldText } from './normalize-text.ts';

/** Commands the bot understands, each with Vietnamese phrases first and English aliases. */
export const COMMAND_PHRASES = {
  help: ['tro giup', 'giup do', 'huong dan', 'help', '?'],
  whoami: ['toi la ai', 'whoami', 'who am i'],
  status: ['tinh hinh', 'tien do', 'status'],
  openQuarter: ['mo bao cao quy', 'mo bao cao', 'open quarterly', 'open quarter'],
  adhoc: ['bao cao dot xuat', 'ad-hoc report', 'adhoc report', 'ad hoc report', 'ad-hoc', 'adhoc'],
  remind: ['nhac nho', 'nhac', 'remind'],
  compile: ['tong hop', 'compile'],
  history: ['bao cao quy', 'bao cao', 'report'],
  stats: ['thong ke', 'stats', 'statistics'],
  markAbsent: ['vang', 'absent'],
  markPresent: ['co mat', 'present'],
  meeting: ['lich hop', 'hop', 'meeting', 'schedule meeting'],
  reschedule: ['doi hop', 'reschedule'],
  cancelMeeting: ['huy hop', 'cancel meeting'],
  conclude: ['ket luan', 'conclusions', 'conclude'],
  tasks: ['nhiem vu', 'tasks'],
} as const;

export type CommandName = keyof typeof COMMAND_PHRASES;

export interface MatchedCommand {
  name: CommandName;
  /** The rest of the message after the command words, in the user's original spelling. */
  args: string;
}

interface Phrase {
  name: CommandName;
  words: string[];
}

const PHRASES: Phrase[] = (Object.entries(COMMAND_PHRASES) as Array<[CommandName, readonly string[]]>)
  .flatMap(([name, phrases]) => phrases.map((p) => ({ name, words: p.split(' ') })))
  // Longest phrase first, so "báo cáo đột xuất" wins over "báo cáo" and "dời họp" over "họp".
  .sort((a, b) => b.words.length - a.words.length);

/** Folds one word and drops trailing punctuation ("giúp?" -> "giup"), keeping a bare "?" (it means help). */
function foldWord(word: string): string {
  const folded = foldText(word);
  return folded.replace(/[.!?,:;…]+$/u, '') || folded;
}

/** Matches a message to a command ignoring case and diacritics; undefined when nothing matches. */
export function matchCommand(text: string): MatchedCommand | undefined {
  // NFC first so the args handed on are composed Vietnamese even when the client sent NFD.
  const original = text.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const folded = original.map(foldWord);
  for (const phrase of PHRASES) {
    if (phrase.words.length > folded.length) continue;
    if (phrase.words.every((w, i) => folded[i] === w)) {
      return { name: phrase.name, args: original.slice(phrase.words.length).join(' ') };
    }
  }
  return undefined;
}
