/**
 * Persisted (trusted) documents: the operations of `operations/*.graphql`, each known by the
 * SHA-256 of its text, so clients can send `GET /graphql?documentId=sha256:<hex>` (a short URL a
 * CDN can cache) or the APQ form `extensions={"persistedQuery":{"version":1,"sha256Hash":"<hex>"}}`
 * instead of the whole document. Only IDs of the manifest are served: nothing is registered at run
 * time, so the manifest cannot be filled by clients.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { requestError } from './errors.ts';
import { OPERATIONS_DIR } from './graphiql.ts';

/** Document ID -> document text. IDs are `sha256:<hex>`; the bare hex is accepted too. */
export type PersistedDocuments = ReadonlyMap<string, string>;

export function persistedDocumentId(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** The manifest of every `*.graphql` file in `dir` (default `operations/`). */
export function loadPersistedDocuments(dir: string = OPERATIONS_DIR): PersistedDocuments {
  const documents = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.graphql')) continue;
    const text = readFileSync(path.join(dir, file), 'utf8');
    documents.set(persistedDocumentId(text), text);
  }
  return documents;
}

let defaultDocuments: PersistedDocuments | undefined;
export function defaultPersistedDocuments(): PersistedDocuments {
  defaultDocuments ??= loadPersistedDocuments();
  return defaultDocuments;
}

const HEX_ID = /^[0-9a-f]{64}$/;

/** The document for an ID (`sha256:<hex>` or `<hex>`), or undefined. */
export function lookupPersisted(documents: PersistedDocuments, id: string): string | undefined {
  if (id.length === 64 && HEX_ID.test(id)) return documents.get(`sha256:${id}`);
  if (id.length === 71 && id.startsWith('sha256:')) return documents.get(id);
  return undefined;
}

/** The persisted-document ID a request names, if any (`documentId` or the APQ extension). */
export function requestedDocumentId(documentId: unknown, extensions: unknown): unknown {
  if (documentId !== undefined && documentId !== null) return documentId;
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  return (persisted as { sha256Hash?: unknown }).sha256Hash;
}

function notFound(): Error {
  return requestError('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound');
}

/**
 * On Yoga's path: turns a `documentId` (body or GET parameter) or an APQ hash into the document,
 * before Yoga checks the parameters. A request that sends a document too runs that document.
 */
export function persistedDocumentsPlugin(documents: PersistedDocuments): Plugin {
  return {
    onRequestParse({ request, url }) {
      const fromUrl = request.method === 'GET' ? url.searchParams.get('documentId') : null;
      return {
        onRequestParseDone({ requestParserResult, setRequestParserResult }) {
          const params = requestParserResult as unknown;
          if (typeof params !== 'object' || params === null || Array.isArray(params)) return;
          const { documentId, ...rest } = params as Record<string, unknown>;
          const id = requestedDocumentId(documentId ?? fromUrl ?? undefined, rest.extensions);
          if (id === undefined) {
            if ('documentId' in params) setRequestParserResult(rest as never);
            return;
          }
          if (typeof rest.query === 'string' && rest.query !== '') {
            setRequestParserResult(rest as never);
            return;
          }
          const query = typeof id === 'string' ? lookupPersisted(documents, id) : undefined;
          if (query === undefined) throw notFound();
          setRequestParserResult({ ...rest, query } as never);
        },
      };
    },
  };
}
