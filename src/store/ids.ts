/**
 * Global IDs and cursors. Both are opaque to clients (base64url), but derived from content, never
 * from load order, so an ID stays valid across restarts and reloads of the same content.
 */
import { createHash } from 'node:crypto';
import type { NodeRecord } from './records.ts';

export type NodeKind = NodeRecord['kind'];

const NODE_KINDS: ReadonlySet<string> = new Set<NodeKind>([
  'Article',
  'Image',
  'Person',
  'Organization',
  'Quote',
]);

const MAX_ID_LENGTH = 512;

export function encodeGlobalId(kind: NodeKind, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

/** The kind and key inside a global ID, or null for anything this API did not issue. */
export function decodeGlobalId(id: string): { kind: NodeKind; key: string } | null {
  if (id.length === 0 || id.length > MAX_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const kind = decoded.slice(0, colon);
  if (!NODE_KINDS.has(kind)) return null;
  return { kind: kind as NodeKind, key: decoded.slice(colon + 1) };
}

/** A short, stable key for content that has no natural one. */
export function contentKey(...parts: readonly (string | null)[]): string {
  return createHash('sha256')
    .update(parts.map((part) => part ?? '').join('\u0000'))
    .digest('base64url')
    .slice(0, 16);
}

/** Names differ in case and spacing across pages; one person or organisation is one key. */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset inside a cursor, or null when the cursor is malformed. */
export function decodeCursor(cursor: string): number | null {
  if (cursor.length === 0 || cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) return null;
  const digits = decoded.slice(CURSOR_PREFIX.length);
  if (!/^(0|[1-9][0-9]{0,8})$/.test(digits)) return null;
  return Number(digits);
}
