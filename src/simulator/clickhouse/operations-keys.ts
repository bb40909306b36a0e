/**
 * API keys are ApiKey objects (seeded ones too) whose credentials are the key id and a hash of the
 * secret: a new key's secret is made at random and shown once, in the creation's answer
 * (ApiKeyPostResponse), and never kept. A request authenticates with a key that is there, enabled
 * and not expired (a PATCH of `state` disables or enables it).
 */
import { timingSafeEqual } from 'node:crypto';
import { clickhouseResource } from '../../resources/clickhouse/index.js';
import type { Behaviour } from './context.js';
import { answer, createObject } from './generic.js';
import { hashSecret, type ObjectStore } from './objects.js';
import { randomString } from './operations-services.js';

const KEYS = clickhouseResource('ApiKey')!;
const KEY_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const KEY_ID_LENGTH = 20;
/** Secrets start with the prefix ClickHouse Cloud's have. */
const SECRET_PREFIX = '4b1d';
const SECRET_LENGTH = 36;
/** How much of the secret the key's `keySuffix` shows. */
const SUFFIX_LENGTH = 4;

export interface KeyHolder {
  keyId: string;
  organizationId: string;
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The key a key id and secret open, or undefined: unknown, wrong secret, disabled or expired. */
export function keyHolder(objects: ObjectStore, keyId: string, secret: string, now: number): KeyHolder | undefined {
  const key = objects.find(KEYS.path!, (object) => object.credentials?.keyId === keyId);
  if (key?.credentials === undefined || !equal(key.credentials.secretHash, hashSecret(secret))) return undefined;
  const expireAt = typeof key.value.expireAt === 'string' ? Date.parse(key.value.expireAt) : Infinity;
  if (key.value.state !== 'enabled' || expireAt <= now) return undefined;
  return { keyId, organizationId: key.ids[0]! };
}

const createKey: Behaviour = (ctx) => {
  const keyId = randomString(KEY_ID_ALPHABET, KEY_ID_LENGTH);
  const keySecret = `${SECRET_PREFIX}${randomString(SECRET_ALPHABET, SECRET_LENGTH)}`;
  const key = createObject(ctx, { keySuffix: keySecret.slice(-SUFFIX_LENGTH) });
  key.credentials = { keyId, secretHash: hashSecret(keySecret) };
  return answer(ctx, { key: key.value, keyId, keySecret });
};

export const KEY_BEHAVIOURS: Readonly<Record<string, Behaviour>> = { openapiKeyCreate: createKey };
