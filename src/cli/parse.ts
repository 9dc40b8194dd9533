/**
 * `npm run parse -- <file>`: prints one page parsed, as JSON shaped like the GraphQL Article type
 * (the schema's field names; blocks and speakers carry a `__typename`).
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../parse/index.ts';
import type { ParsedArticle, ParsedBlock, ParsedImage } from '../parse/types.ts';

function imageView(image: ParsedImage): Record<string, unknown> {
  return { __typename: 'Image', ...image, url: null };
}

function blockView(block: ParsedBlock, images: readonly ParsedImage[]): Record<string, unknown> {
  switch (block.kind) {
    case 'PARAGRAPH':
      return { __typename: 'Paragraph', index: block.index, text: block.text, span: block.span };
    case 'SUBHEADING':
      return { __typename: 'Subheading', text: block.text, span: block.span };
    case 'IMAGE': {
      const image = images[block.imageIndex];
      return { __typename: 'ImageBlock', image: image ? imageView(image) : null };
    }
    case 'VIDEO':
      return { __typename: 'VideoBlock', title: block.title, duration: block.duration };
    case 'RELATED':
      return { __typename: 'RelatedTitle', title: block.title };
  }
}

export function articleView(a: ParsedArticle): Record<string, unknown> {
  return {
    __typename: 'Article',
    shortUrl: a.shortUrl,
    headline: a.headline,
    lead: a.lead,
    publishedAt: a.publishedAt,
    language: a.language,
    tags: a.tags,
    byline: a.byline,
    authorInitials: a.authorInitials,
    agencies: a.agencies,
    editedBy: a.editedBy,
    wordCount: a.wordCount,
    bodyText: a.bodyText,
    blocks: a.blocks.map((b) => blockView(b, a.images)),
    paragraphs: a.blocks.flatMap((b) =>
      b.kind === 'PARAGRAPH' ? [{ index: b.index, text: b.text, span: b.span }] : [],
    ),
    subheadings: a.blocks.flatMap((b) => (b.kind === 'SUBHEADING' ? [b.text] : [])),
    relatedTitles: a.blocks.flatMap((b) => (b.kind === 'RELATED' ? [b.title] : [])),
    images: a.images.map(imageView),
    people: a.people.map((p) => ({ __typename: 'Person', ...p })),
    organizations: a.organizations.map((name) => ({ __typename: 'Organization', name })),
    quotes: a.quotes.map((q) => ({
      __typename: 'Quote',
      text: q.text,
      location: q.location,
      continues: q.continues,
      span: q.span,
      imageIndex: q.imageIndex,
      speaker:
        q.speaker === null
          ? null
          : {
              __typename: q.speaker.kind === 'PERSON' ? 'Person' : 'Organization',
              name: q.speaker.name,
            },
      cue: q.cue,
      attribution: q.attribution,
      attributionMethod: q.attributionMethod,
    })),
  };
}

function main(argv: readonly string[]): number {
  const file = argv[0];
  if (file === undefined || file.length === 0) {
    process.stderr.write('usage: npm run parse -- <file>\n');
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'read error';
    process.stderr.write(`${file}: cannot read the file (${code})\n`);
    return 1;
  }
  const result = parseArticle(text);
  if (!result.ok) {
    process.stderr.write(`${file}: ${result.error.code}: ${result.error.message}\n`);
    return 1;
  }
  process.stdout.write(JSON.stringify(articleView(result.article), null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
