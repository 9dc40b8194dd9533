/**
 * English or German, from signals that survive short pages: German chrome, German month names,
 * "Bild:" credits, umlauts and frequent function words.
 */
import type { Language } from './types.ts';
import { MONTHS_DE, MONTHS_EN } from './lexicon.ts';

const DE_WORDS = new Set(
  'der die das und ist nicht sich mit auf für dem den des ein eine einer sagte wird wurde auch nach bei aus zum zur über sind haben hat werden dass'.split(
    ' ',
  ),
);
const EN_WORDS = new Set(
  'the and is are was were with for that this from have has said will would not of to in on by its their'.split(
    ' ',
  ),
);

const DE_ONLY_MONTHS = new Set(MONTHS_DE.filter((m) => !MONTHS_EN.includes(m)));
const UMLAUT = /[äöüß]/;

export function detectLanguage(lines: readonly string[]): Language {
  let de = 0;
  let en = 0;
  let words = 0;
  for (const line of lines) {
    if (/Zum Inhalt springen|Zum Hauptmenü|Weitere DW-Angebote/i.test(line)) de += 20;
    if (/Skip to (?:content|main menu)/i.test(line)) en += 20;
    if (/(?:^|[a-z.)\s])Bild: /.test(line)) de += 5;
    if (/(?:^|[a-z.)\s])Image: /.test(line)) en += 5;
    // 5,000 words are plenty; a giant line is read only as far as that.
    const tokens =
      line
        .slice(0, 40_000)
        .toLowerCase()
        .match(/[a-zäöüß]+/g) ?? [];
    for (const t of tokens) {
      if (DE_WORDS.has(t)) de++;
      if (EN_WORDS.has(t)) en++;
      if (DE_ONLY_MONTHS.has(t)) de += 2;
      if (UMLAUT.test(t)) de += 0.5;
      if (++words > 5000) break;
    }
    if (words > 5000) break;
  }
  return de > en ? 'de' : 'en';
}
