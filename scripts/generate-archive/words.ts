/**
 * The generator's vocabularies, hand-written (no real digest text ever enters the repo) and
 * kept as data in words/*.json: English in Title Case (sentence case is derived where needed),
 * made-up model-name parts, and Korean nouns, each ending in a Hangul syllable so that a
 * particle can be chosen by its final consonant.
 */
import english from './words/english.json' with { type: 'json' };
import korean from './words/korean.json' with { type: 'json' };
import names from './words/names.json' with { type: 'json' };

type Words = readonly string[];

export const EN_ADJ: Words = english.adjectives;
export const EN_NOUN: Words = english.nouns;
export const EN_METHOD: Words = english.methods;
export const EN_GERUND: Words = english.gerunds;
export const EN_TASK: Words = english.tasks;
export const EN_VERB: Words = english.verbs;
/** Said by models in quoted titles ("Teaching Models to Say …"). */
export const EN_QUOTED: Words = english.quoted;
/** Clauses completing "…, yet <problem>." */
export const EN_PROBLEM: Words = english.problems;
/** What a paper introduces ("a <adjective> <class>"). */
export const EN_CLASS: Words = english.classes;
export const EN_SIZE: Words = english.modelSizes;

export const NAME_PREFIX: Words = names.prefixes;
export const NAME_CORE: Words = names.cores;
/** Empty suffixes make a bare name as likely as they are many. */
export const NAME_SUFFIX: Words = names.suffixes;

export const KO_NOUN: Words = korean.nouns;
/** The English a Korean noun is sometimes glossed with, in brackets. */
export const KO_GLOSS: Readonly<Record<string, string>> = korean.glosses;
export const KO_MOD: Words = korean.modifiers;
/** Sino-Korean verb stems that take 하다. */
export const KO_VERB: Words = korean.verbs;
export const KO_CLASS: Words = korean.classes;
export const KO_GOAL: Words = korean.goals;
/** Sets of labels for a paper's key points, one label per point in order. */
export const KO_KP_LABELS: readonly Words[] = korean.keyPointLabels;
