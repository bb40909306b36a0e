/**
 * Uploaded images of an application: POST a multipart `file` to `applications/{uuid}/avatar/` or
 * `.../screenshot/`, DELETE the same path to remove it. Like DRF's ImageField, only real images
 * pass (checked by their first bytes); they are served back from /media/, as a CDN would.
 */
import { createHash } from 'node:crypto';
import { invalidFields } from '../core/error.js';
import { isUploadedFile } from '../core/dialect-drf.js';
import { noContent, ok } from './context.js';
import type { ActionHandler } from './resources-hooks.js';

export const MEDIA_PREFIX = '/media/';

const NO_FILE = 'No file was submitted.';
const NOT_A_FILE = 'The submitted data was not a file. Check the encoding type on the form.';
const NOT_AN_IMAGE = 'Upload a valid image. The file you uploaded was either not an image or a corrupted image.';
const DIGEST_CHARS = 16;

/** The image formats DRF's ImageField (Pillow) takes that browsers show, by their signature. */
const SIGNATURES: ReadonlyArray<{ type: string; extension: string; matches: (bytes: Buffer) => boolean }> = [
  { type: 'image/png', extension: 'png', matches: (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', extension: 'jpg', matches: (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff },
  { type: 'image/gif', extension: 'gif', matches: (bytes) => bytes.subarray(0, 4).toString('latin1') === 'GIF8' },
  {
    type: 'image/webp',
    extension: 'webp',
    matches: (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/** Where each image is answered: the application's field, and the file name it is kept under. */
const SLOTS = { avatar: 'avatars', screenshot: 'custom_screenshots' } as const;
type Slot = keyof typeof SLOTS;

function upload(slot: Slot): ActionHandler {
  return (ctx, app) => {
    const file = ctx.body.file;
    if (file === undefined || file === '') throw invalidFields({ file: [NO_FILE] });
    if (!isUploadedFile(file)) throw invalidFields({ file: [NOT_A_FILE] });
    const format = SIGNATURES.find((signature) => signature.matches(file.bytes));
    if (format === undefined) throw invalidFields({ file: [NOT_AN_IMAGE] });
    const digest = createHash('sha256').update(file.bytes).digest('hex').slice(0, DIGEST_CHARS);
    const path = `${MEDIA_PREFIX}applications/${app!.uuid}/${slot}-${digest}.${format.extension}`;
    ctx.media.set(path, { type: format.type, bytes: file.bytes });
    app![SLOTS[slot]] = { original: new URL(path, ctx.requestUrl).href };
    return ok({});
  };
}

const remove = (slot: Slot): ActionHandler => (_ctx, app) => {
  app![SLOTS[slot]] = {};
  return noContent();
};

export const MEDIA_ACTIONS: Readonly<Record<string, ActionHandler>> = {
  UploadApplicationAvatar: upload('avatar'),
  DeleteApplicationAvatar: remove('avatar'),
  UploadApplicationScreenshot: upload('screenshot'),
  DeleteApplicationScreenshot: remove('screenshot'),
};
