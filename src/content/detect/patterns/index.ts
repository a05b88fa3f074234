// Compiles the per-language tables into one regex per rule, in rule order.
import { foldPattern } from '../text';
import { compactAlternatives, prefixTree } from './alternatives';
import cjk from './cjk';
import cyrillic from './cyrillic';
import de from './de';
import el from './el';
import en from './en';
import es from './es';
import fr from './fr';
import hu from './hu';
import it from './it';
import misc from './misc';
import { MONTH_NAMES } from './months';
import nl from './nl';
import nordic from './nordic';
import pl from './pl';
import pt from './pt';
import ro from './ro';
import { RULES, type ContextId, type PatternTable, type RuleHint } from './rules';

// A word is written once: a table leaves out what another table's pattern already matches alike,
// at the same place (German and Romanian "e-mail" and Dutch "e-mailadres" are the English e.?mail's,
// Dutch "postcode" the English post ?code's, Polish "firma" the German \bfirma's, French "étage" and
// "CP" the German \betage's and the Spanish c.?p's, Italian "cell" and Portuguese "nome completo" the
// English \bcell's and the Italian nome (e cognome|completo)'s). The content script ships the joined
// rules, and its 40 KB budget counts every such repeat that compactAlternatives cannot see.
const TABLES: PatternTable[] = [en, de, fr, es, it, nl, pt, cjk, el, hu, ro, pl, nordic, cyrillic, misc];

/** One rule's (or context's) patterns from every table, joined and folded as text is; '' when no table has it. */
export function joinedPattern(key: keyof PatternTable): string {
  return foldPattern(TABLES.map((t) => t[key]).filter((s): s is string => !!s).join('|'));
}

function compile(key: keyof PatternTable, flags = ''): RegExp | null {
  const source = joinedPattern(key);
  return source ? new RegExp(compactAlternatives(source), flags) : null;
}

/**
 * A rule's regex and what it says. With the g flag, for finding every match in attribute words; a
 * test from the start sets lastIndex to 0 first. One regex for both: V8 compiles each one on first
 * use, and compiling these long patterns twice was a third of a page's first classification. (A
 * pair, not an object: the shipped content script lists about fifty.)
 */
export type CompiledRule = readonly [re: RegExp, hint: RuleHint];

export const COMPILED_RULES: readonly CompiledRule[] = RULES.flatMap(([id, hint]) => {
  const re = compile(id, 'g');
  return re ? [[re, hint] as const] : [];
});

export const CONTEXT: Record<ContextId, RegExp> = {
  billing: compile('billing')!,
  shipping: compile('shipping')!,
};

const MONTHS = [...new Set(MONTH_NAMES.map(foldPattern))];

/**
 * A month's name or abbreviation at the start of a normalised option text, in the languages of
 * months.ts; a name that starts with another ("janv", "jan") is left to the shorter one.
 */
export const MONTH_START = new RegExp(`^(${prefixTree(MONTHS.filter((m) => !MONTHS.some((other) => other !== m && m.startsWith(other))))})`);

export type { Hint, RuleHint } from './rules';
