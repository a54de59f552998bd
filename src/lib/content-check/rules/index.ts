/**
 * The rules of the content linter. Record rules look at one record before its schema; cross-record rules run,
 * in this order, on the records that passed their schema. A new rule is one module here and one line below.
 */
import { articleInChapter } from './article-in-chapter.ts';
import { crosswalkParagraphs } from './crosswalk-paragraphs.ts';
import { idMatchesRecordProblems } from './id-matches-record.ts';
import { idPatternProblems } from './id-pattern.ts';
import { napCoverage } from './nap-coverage.ts';
import { napGap } from './nap-gap.ts';
import { practiceHeadings } from './practice-headings.ts';
import { practicePeriod } from './practice-period.ts';
import { practiceProvisions } from './practice-provisions.ts';
import { pressIdDate } from './press-id-date.ts';
import type { Rule } from './types.ts';
import { uniqueArticleNumbers } from './unique-article-numbers.ts';
import { uniqueProvisions } from './unique-provisions.ts';
import { uniqueSymbols } from './unique-symbols.ts';

export { duplicateIdProblems } from './unique-ids.ts';
export { refChecker } from './references.ts';
export type { Ids, Rule } from './types.ts';

/** Rules on one record, before its schema runs. */
export const RECORD_RULES = [idPatternProblems, idMatchesRecordProblems] as const;

/** Rules across records, on records that passed their schema. */
export const CROSS_RECORD_RULES: readonly Rule[] = [
  uniqueSymbols,
  uniqueProvisions,
  uniqueArticleNumbers,
  articleInChapter,
  napCoverage,
  napGap,
  pressIdDate,
  practiceHeadings,
  practicePeriod,
  practiceProvisions,
  crosswalkParagraphs,
];
