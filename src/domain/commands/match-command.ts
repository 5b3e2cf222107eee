import { foldText } from './normalize-text.ts';

export interface MatchedCommand {
  name: string;
  /** The rest of the message after the command words, in the user's original spelling. */
  args: string;
}

/** A command's name and the folded phrases that call it (Vietnamese first, then English). */
export interface CommandPhrases {
  name: string;
  phrases: readonly string[];
}

interface Phrase {
  name: string;
  words: string[];
}

/** Folds one word and drops trailing punctuation ("giúp?" -> "giup"), keeping a bare "?" (it means help). */
function foldWord(word: string): string {
  const folded = foldText(word);
  return folded.replace(/[.!?,:;…]+$/u, '') || folded;
}

/** Matches a message to a command ignoring case and diacritics; undefined when nothing matches. */
export type CommandMatcher = (text: string) => MatchedCommand | undefined;

/**
 * Builds the matcher for a set of commands. Throws when two commands claim the same phrase or a
 * phrase is not folded (a programming error, caught by the first test run).
 */
export function createCommandMatcher(commands: readonly CommandPhrases[]): CommandMatcher {
  const owner = new Map<string, string>();
  for (const { name, phrases } of commands) {
    for (const p of phrases) {
      if (p.split(' ').map(foldWord).join(' ') !== p && p !== '?') throw new Error(`command ${name}: phrase "${p}" must be folded (no diacritics, lower case)`);
      const other = owner.get(p);
      if (other && other !== name) throw new Error(`phrase "${p}" is claimed by both ${other} and ${name}`);
      owner.set(p, name);
    }
  }
  const list: Phrase[] = commands
    .flatMap(({ name, phrases }) => phrases.map((p) => ({ name, words: p.split(' ') })))
    // Longest phrase first, so "báo cáo đột xuất" wins over "báo cáo" and "dời họp" over "họp".
    .sort((a, b) => b.words.length - a.words.length);
  return (text) => {
    // NFC first so the args handed on are composed Vietnamese even when the client sent NFD.
    const original = text.normalize('NFC').trim().split(/\s+/).filter(Boolean);
    const folded = original.map(foldWord);
    for (const phrase of list) {
      if (phrase.words.length > folded.length) continue;
      if (phrase.words.every((w, i) => folded[i] === w)) {
        return { name: phrase.name, args: original.slice(phrase.words.length).join(' ') };
      }
    }
    return undefined;
  };
}
