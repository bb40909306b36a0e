/**
 * Divio's id form: 26 lowercase base32 characters (`bagztldeadfdhlilnmpzx3twly`), which the real
 * API gives every object. Created objects get random ones; seeded objects derive theirs from a
 * stable label, so every run has the same ids and tests can name seeded objects.
 */
import { createHash, randomBytes } from 'node:crypto';

const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const BITS_PER_CHARACTER = 5;
const CHARACTER_MASK = 0b11111;
/** 26 base32 characters carry 130 bits: a 128-bit random or hashed value fits. */
const ID_LENGTH = 26;
const ID_BYTES = 16;

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= BITS_PER_CHARACTER && out.length < length) {
      out += BASE32_ALPHABET[(value >>> (bits - BITS_PER_CHARACTER)) & CHARACTER_MASK];
      bits -= BITS_PER_CHARACTER;
    }
  }
  if (out.length < length && bits > 0) out += BASE32_ALPHABET[(value << (BITS_PER_CHARACTER - bits)) & CHARACTER_MASK];
  return out;
}

/** A fresh random id, for an object created through the API. */
export const newId = (): string => base32(randomBytes(ID_BYTES), ID_LENGTH);

/** The same id for the same label in every run (`seededId('divio-seed/application/acme-shop')`). */
export const seededId = (label: string): string => base32(createHash('sha256').update(label).digest(), ID_LENGTH);

/** The id of a seed object: every seed label lives under one prefix, so no other id can collide with it. */
export const seedId = (label: string): string => seededId(`divio-seed/${label}`);
