import type { Language, ParsedPerson, ParsedQuote } from './types.ts';
import type { Unit } from './units.ts';
import { findQuotes } from './quotes.ts';

export function analyzeQuotesAndPeople(
  units: readonly Unit[],
  _language: Language,
  _excluded: readonly string[],
): { quotes: ParsedQuote[]; people: ParsedPerson[]; organizations: string[] } {
  const quotes: ParsedQuote[] = [];
  for (const unit of units) {
    if (unit.location === null) continue;
    for (const q of findQuotes(unit.text)) {
      const text = unit.text.slice(q.textStart, q.textEnd);
      quotes.push({
        text,
        location: unit.location,
        continues: false,
        span:
          unit.bodyOffset === null
            ? null
            : { start: unit.bodyOffset + q.textStart, end: unit.bodyOffset + q.textEnd },
        imageIndex: unit.location === 'CAPTION' ? unit.imageIndex : null,
        speaker: null,
        cue: null,
        attribution: null,
        attributionMethod: null,
      });
    }
  }
  return { quotes, people: [], organizations: [] };
}
