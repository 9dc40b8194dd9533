/**
 * The HTTP side of a GraphQL request, strict and cheap: exact path, GET or POST only, POST bodies
 * only as UTF-8 JSON, bodies capped before reading (Content-Length) and while reading (chunked),
 * no batching, no multipart, no form posts (a CSRF door), and clear 4xx errors that never echo the
 * request back.
 */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { httpError } from './errors.ts';
import type { ServerLimits } from './limits.ts';

type Params = Record<string, unknown>;
const ALLOW = 'GET, POST';
const MAX_OPERATION_NAME_LENGTH = 256;

function tooLarge(limit: number): Error {
  return httpError(
    413,
    'PAYLOAD_TOO_LARGE',
    `Request body is larger than ${limit} bytes.`,
    // The rest of the body is not wanted: close instead of draining it.
    { connection: 'close' },
  );
}

/** `application/json`, optionally with `charset=utf-8`; anything else is 415. */
function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...parameters] = header.split(';');
  if (type!.trim().toLowerCase() !== 'application/json') return false;
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=');
    if (name?.trim().toLowerCase() !== 'charset') continue;
    const charset = value?.trim().replace(/^"|"$/g, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') return false;
  }
  return true;
}

/** Reads a Node request body, failing as soon as it passes `limit` bytes. */
function readNodeBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = () => {
      cleanup();
      reject(httpError(400, 'BAD_REQUEST', 'Request body could not be read.'));
    };
    const onClose = () => {
      if (!req.complete) onError();
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
    req.once('close', onClose);
  });
}

/** Reads a fetch body (requests given to `yoga.fetch`), failing as soon as it passes `limit`. */
async function readStreamBody(request: Request, limit: number): Promise<Buffer> {
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function isNodeRequest(value: unknown): value is IncomingMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as IncomingMessage).on === 'function' &&
    typeof (value as IncomingMessage).headers === 'object'
  );
}

/** Counts the values in `variables` and their nesting, stopping at the first limit passed. */
function checkVariables(variables: unknown, limits: ServerLimits): void {
  let values = 0;
  const visit = (value: unknown, depth: number): void => {
    if (++values > limits.maxVariableValues || depth > limits.maxVariableDepth) {
      throw httpError(
        413,
        'VARIABLES_TOO_LARGE',
        `"variables" may hold at most ${limits.maxVariableValues} values nested at most ` +
          `${limits.maxVariableDepth} deep.`,
      );
    }
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else for (const key of Object.keys(value)) visit((value as Params)[key], depth + 1);
  };
  visit(variables, 0);
}

/** Size and sanity checks on the parameters, whatever method brought them. */
function checkParams(params: unknown, limits: ServerLimits): Params {
  if (Array.isArray(params)) {
    throw httpError(
      400,
      'BATCHING_NOT_SUPPORTED',
      'Batching is not supported: send one operation per request.',
    );
  }
  if (typeof params !== 'object' || params === null) {
    throw httpError(400, 'BAD_REQUEST', 'The request must be a JSON object with a "query".');
  }
  const { query, variables, operationName } = params as Params;
  if (typeof query === 'string') {
    if (query.length > limits.maxQueryLength) {
      throw httpError(
        413,
        'QUERY_TOO_LARGE',
        `"query" is longer than ${limits.maxQueryLength} characters.`,
      );
    }
    if (query.includes('\u0000')) {
      throw httpError(400, 'BAD_REQUEST', '"query" must not contain NUL characters.');
    }
  }
  if (typeof operationName === 'string') {
    if (operationName.length > MAX_OPERATION_NAME_LENGTH || operationName.includes('\u0000')) {
      throw httpError(400, 'BAD_REQUEST', '"operationName" is not a valid operation name.');
    }
  }
  if (typeof variables === 'object' && variables !== null) checkVariables(variables, limits);
  return params as Params;
}

function parseJsonParam(name: string, text: string | null): unknown {
  if (text === null || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw httpError(400, 'BAD_REQUEST', `"${name}" is not valid JSON.`);
  }
}

function parseGet(url: URL, limits: ServerLimits): Params {
  const search = url.searchParams;
  const params: Params = {};
  const query = search.get('query');
  if (query !== null && query !== '') params.query = query;
  const operationName = search.get('operationName');
  if (operationName) params.operationName = operationName;
  const variables = parseJsonParam('variables', search.get('variables'));
  if (variables !== undefined) params.variables = variables;
  const extensions = parseJsonParam('extensions', search.get('extensions'));
  if (extensions !== undefined) params.extensions = extensions;
  return checkParams(params, limits);
}

async function parsePost(
  request: Request,
  serverContext: unknown,
  limits: ServerLimits,
): Promise<Params> {
  const req = (serverContext as { req?: unknown } | undefined)?.req;
  const bytes =
    isNodeRequest(req) && !req.readableEnded
      ? await readNodeBody(req, limits.maxBodyBytes)
      : await readStreamBody(request, limits.maxBodyBytes);
  if (bytes.length === 0) throw httpError(400, 'BAD_REQUEST', 'The POST body is missing.');
  if (!isUtf8(bytes)) throw httpError(400, 'BAD_REQUEST', 'The request body is not UTF-8.');
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw httpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
  return checkParams(body, limits);
}

export function httpGuardPlugin(graphqlPath: string, limits: ServerLimits): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      // Yoga would serve any path that ends with the endpoint; only the exact one is served.
      if (url.pathname !== graphqlPath) endResponse(new fetchAPI.Response(null, { status: 404 }));
    },
    onRequestParse({ request, url, serverContext, setRequestParser }) {
      const method = request.method;
      if (method === 'POST') {
        if (!isJsonContentType(request.headers.get('content-type'))) {
          throw httpError(
            415,
            'UNSUPPORTED_MEDIA_TYPE',
            'POST bodies must be application/json (UTF-8).',
          );
        }
        const declared = request.headers.get('content-length');
        if (declared !== null) {
          if (!/^\d{1,15}$/.test(declared)) {
            throw httpError(400, 'BAD_REQUEST', 'Content-Length is not valid.');
          }
          if (Number(declared) > limits.maxBodyBytes) throw tooLarge(limits.maxBodyBytes);
        }
        setRequestParser((req) => parsePost(req, serverContext, limits) as never);
      } else if (method === 'GET') {
        if (url.search.length > limits.maxBodyBytes) {
          throw httpError(414, 'URI_TOO_LONG', 'The URL is too long: POST large queries.');
        }
        setRequestParser(() => parseGet(url, limits) as never);
      } else {
        throw httpError(405, 'METHOD_NOT_ALLOWED', `${method} is not supported here.`, {
          allow: ALLOW,
        });
      }
    },
  };
}
