/**
 * Reading a request body, shared by both dialects: the bytes, bounded so a runaway client cannot
 * fill the simulator's memory. What the bytes mean (JSON, multipart) is each dialect's business.
 */
import type { IncomingMessage } from 'node:http';
import type { SimulatorError } from './error.js';

/** The whole body; `tooLarge` is thrown as soon as it passes `maxBytes`. */
export async function readBytes(req: IncomingMessage, maxBytes: number, tooLarge: () => SimulatorError): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
