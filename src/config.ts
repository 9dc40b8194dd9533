/**
 * Every setting comes from the environment, validated once at start-up: a bad value stops the
 * service with one clear line instead of surfacing later as odd behaviour.
 */
import { fileURLToPath } from 'node:url';

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../content/', import.meta.url));

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  port: number;
  /** Undefined: every interface, IPv4 and IPv6 (Node's default). */
  host: string | undefined;
  contentDir: string;
  logLevel: LogLevel;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integerSetting(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim()))
    throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw.trim());
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function choiceSetting<T extends string>(
  env: Env,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${env[name]}"`);
  }
  return raw as T;
}

export function readConfig(env: Env): Config {
  return {
    port: integerSetting(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || undefined,
    contentDir: env.CONTENT_DIR?.trim() || DEFAULT_CONTENT_DIR,
    logLevel: choiceSetting(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], 'info'),
  };
}
