/**
 * Yoga's parse cache, bounded by bytes instead of entries. Yoga keeps up to 1,024 parsed documents
 * keyed by their text; a parsed document of 1,000 tokens holds some hundreds of KB (AST nodes,
 * locations and the token list), so 1,024 large unique documents can hold hundreds of MB. Here
 * every entry is charged an estimate of its size and the least recently used entries are dropped
 * once the total passes the budget. The validation results Yoga caches hang off the document
 * objects (WeakMap), so they go with them.
 */
import type { DocumentNode, Token } from 'graphql';

/** Measured on V8 (Node 20): retained heap per token of a parsed document, with its AST. */
export const BYTES_PER_TOKEN = 400;
/** Fixed cost of an entry: the map slot, the document and its location objects. */
const ENTRY_OVERHEAD_BYTES = 1_024;

export interface Cache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/** Tokens of a parsed document, counted along the lexer's linked list (once per cache miss). */
function tokenCount(document: DocumentNode): number {
  let count = 0;
  for (let token: Token | null = document.loc?.startToken ?? null; token; token = token.next) {
    count++;
  }
  return count;
}

export function estimateDocumentBytes(source: string, document: DocumentNode): number {
  const tokens = document.loc ? tokenCount(document) : source.length / 2;
  return ENTRY_OVERHEAD_BYTES + source.length * 2 + tokens * BYTES_PER_TOKEN;
}

/** A parse error keeps its message, the source text and a location. */
export function estimateErrorBytes(source: string): number {
  return ENTRY_OVERHEAD_BYTES + source.length * 2;
}

export class ByteBoundedCache<T> implements Cache<T> {
  private readonly entries = new Map<string, { value: T; bytes: number }>();
  private total = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (key: string, value: T) => number,
  ) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last: re-insert (Map keeps insertion order).
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T): void {
    const existing = this.entries.get(key);
    if (existing) {
      this.total -= existing.bytes;
      this.entries.delete(key);
    }
    const bytes = this.sizeOf(key, value);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes;
    }
  }
}
