// The classifier's rules in the order they are tried: for each text signal the first rule whose
// pattern matches decides what that signal says. Specific rules come before the general ones they
// overlap ("name on card" before "name", "email address" before "address").
import type { DetectedType } from '../../../core/field-types';

/**
 * What a matched rule says about a field: a type, or a hint resolved later from its neighbours
 * ("first-or-full-name": a word such as "Nombre" or "Имя", the first name beside a surname box and
 * the whole name without one; "suburb": the city, or a part of it beside a city box; "code": a
 * verification code, the card's security code in a card's group and a text message's code elsewhere).
 */
export type Hint = DetectedType | 'month' | 'year' | 'number' | 'first-or-full-name' | 'suburb' | 'code';
/**
 * What one signal says: a hint, or "full name" / "street and number", which the first or last
 * name words, and the line-2, street-name or house-number words, must not refine; or "area",
 * which (like "district") is a region or a city in some countries and a part of a city in others.
 */
export type RuleHint = Hint | 'full-name' | 'street-and-number' | 'area';

export const RULES = [
  ['none', 'none'],
  ['email', 'email'],
  ['cc-csc', 'cc-csc'],
  ['verification-code', 'code'],
  ['cc-exp-month', 'cc-exp-month'],
  ['cc-exp-year', 'cc-exp-year'],
  ['cc-exp', 'cc-exp'],
  ['cc-name', 'cc-name'],
  ['cc-number', 'cc-number'],
  ['cc-type', 'cc-type'],
  ['tel-with-code', 'tel'], // "Phone (include the country code)": one box for the whole number
  ['tel-country-code', 'tel-country-code'],
  ['tel-area-code', 'tel-area-code'],
  ['tel-extension', 'tel-extension'],
  ['tel', 'tel'],
  ['name-or-company', 'name'], // "Name / company": the person's name first, as the shopper reads it
  ['organization', 'organization'],
  ['street-and-number', 'street-and-number'],
  ['address-streetname', 'address-streetname'],
  ['address-housenumber', 'address-housenumber'],
  ['address-line3', 'address-line3'],
  ['address-line2', 'address-line2'],
  ['apartment', 'apartment'],
  ['floor', 'floor'],
  ['building', 'building'],
  ['postal-code', 'postal-code'],
  ['address-line1', 'address-line1'],
  ['country', 'country'],
  ['area', 'area'],
  ['address-level3', 'address-level3'],
  ['suburb', 'suburb'],
  ['address-level2', 'address-level2'],
  ['address-level1', 'address-level1'],
  ['full-name', 'full-name'],
  ['additional-name', 'additional-name'],
  ['given-name', 'given-name'],
  ['first-or-full-name', 'first-or-full-name'],
  ['family-name', 'family-name'],
  ['name', 'name'],
  ['address', 'address-line1'], // the bare word: after the city, state, country and name words ('Billing address city', 'Billing address last name')
  ['month', 'month'],
  ['year', 'year'],
  ['number', 'number'],
] as const satisfies readonly (readonly [string, RuleHint])[];

export type RuleId = (typeof RULES)[number][0];

/** Words that say what a group of fields is for (legend, heading, form attributes). */
export type ContextId = 'billing' | 'shipping';

/** One language's patterns: regex sources over normalised text (lower case, no accents). */
export type PatternTable = Partial<Record<RuleId | ContextId, string>>;
