/**
 * Uploads per the GraphQL multipart request spec: an application's avatar and screenshot go
 * through the gateway to the simulator as multipart and come back byte for byte; size and media
 * type are checked before anything goes upstream; the HTTP layer refuses a body past the limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import { executeMultipart } from './support/multipart.js';
import { startStack, type Stack } from './support/stack.js';

const MAX_UPLOAD_BYTES = 4_096;
const acmeShop = DIVIO_SEED.applications.acmeShop;

/** A valid 1x1 PNG, padded (after IEND) to `size` bytes. */
function png(size = 0): File {
  const image = Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
    'hex',
  );
  const bytes = size > image.length ? Buffer.concat([image, Buffer.alloc(size - image.length)]) : image;
  return new File([bytes], 'logo.png', { type: 'image/png' });
}

const UPLOAD = /* GraphQL */ `
  mutation Upload($input: UploadApplicationAvatarInput!) {
    uploadApplicationAvatar(input: $input) {
      __typename
      ... on UploadApplicationAvatarPayload { application { uuid avatars } }
      ... on ValidationError { source fields { field messages } }
      ... on NotFoundError { message }
    }
  }
`;

const SCREENSHOT = /* GraphQL */ `
  mutation Screenshot($input: UploadApplicationScreenshotInput!) {
    uploadApplicationScreenshot(input: $input) {
      __typename
      ... on UploadApplicationScreenshotPayload { application { customScreenshots } }
      ... on ValidationError { source fields { field messages } }
    }
  }
`;

type UploadResult = { __typename: string; application?: { uuid: string; avatars: { original?: string } }; source?: string; fields?: { field: string; messages: string[] }[] };

describe('uploads through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', env: { MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) } });
  });
  afterAll(() => stack.close());

  const upload = async (file: File, headers?: Record<string, string>) =>
    executeMultipart<{ uploadApplicationAvatar: UploadResult }>(stack.url, UPLOAD, { input: { id: acmeShop.id, file } }, headers);

  it('an avatar round-trips: sent as multipart, shown on the application, served back byte for byte', async () => {
    stack.resetUpstreamCalls();
    const file = png();
    const result = await upload(file);
    expect(result.errors).toBeUndefined();
    const payload = result.data!.uploadApplicationAvatar;
    expect(payload.__typename).toBe('UploadApplicationAvatarPayload');
    const url = payload.application!.avatars.original!;
    expect(url).toMatch(/\/media\/applications\/.+\/avatar-[0-9a-f]{16}\.png$/);
    expect(stack.divioCalls((path, method) => method === 'POST' && path.endsWith('/avatar/'))).toBe(1);
    const served = await fetch(url);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(await file.arrayBuffer()))).toBe(true);
  });

  it('deleting the avatar empties avatars', async () => {
    const result = await stack.execute(
      (await import('graphql')).parse(`mutation Delete($id: ID!) { deleteApplicationAvatar(input: { id: $id }) { __typename ... on DeleteApplicationAvatarPayload { application { avatars } } } }`) as never,
      { id: acmeShop.id },
    );
    expect(result.data).toEqual({ deleteApplicationAvatar: { __typename: 'DeleteApplicationAvatarPayload', application: { avatars: {} } } });
  });

  it('a screenshot uploads the same way', async () => {
    const result = await executeMultipart<{ uploadApplicationScreenshot: { __typename: string; application: { customScreenshots: { original?: string } } } }>(
      stack.url,
      SCREENSHOT,
      { input: { id: acmeShop.id, file: png() } },
    );
    expect(result.data!.uploadApplicationScreenshot.__typename).toBe('UploadApplicationScreenshotPayload');
    expect(result.data!.uploadApplicationScreenshot.application.customScreenshots.original).toMatch(/screenshot-[0-9a-f]{16}\.png$/);
  });

  it('refuses a file over MAX_UPLOAD_BYTES before anything goes upstream', async () => {
    stack.resetUpstreamCalls();
    const result = await upload(png(MAX_UPLOAD_BYTES + 1));
    expect(result.data!.uploadApplicationAvatar).toEqual({
      __typename: 'ValidationError',
      source: 'gateway',
      fields: [{ field: 'file', messages: [`must be at most ${MAX_UPLOAD_BYTES} bytes (MAX_UPLOAD_BYTES); this file has ${MAX_UPLOAD_BYTES + 1}`] }],
    });
    expect(stack.divioCalls()).toBe(0);
  });

  it('answers 413 PAYLOAD_TOO_LARGE to a body past MAX_BODY_BYTES + MAX_UPLOAD_BYTES, without parsing it', async () => {
    stack.resetUpstreamCalls();
    const result = await upload(png(1_048_576 + MAX_UPLOAD_BYTES + 1));
    expect(result.status).toBe(413);
    expect(result.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    expect(stack.divioCalls()).toBe(0);
  });

  it('refuses another media type before anything goes upstream, and a fake image upstream', async () => {
    stack.resetUpstreamCalls();
    const text = await upload(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(text.data!.uploadApplicationAvatar).toMatchObject({
      __typename: 'ValidationError',
      source: 'gateway',
      fields: [{ field: 'file', messages: ['must be one of image/png, image/jpeg, image/gif, image/webp (this file is text/plain)'] }],
    });
    expect(stack.divioCalls()).toBe(0);
    const fake = await upload(new File(['not really a png'], 'fake.png', { type: 'image/png' }));
    expect(fake.data!.uploadApplicationAvatar).toMatchObject({ __typename: 'ValidationError', source: 'divio', fields: [{ field: 'file' }] });
  });

  it('needs the CSRF header a multipart body needs (a form could forge it)', async () => {
    const response = await fetch(stack.url, {
      method: 'POST',
      body: (await import('./support/multipart.js')).multipartBody(UPLOAD, { input: { id: acmeShop.id, file: png() } }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('CSRF_HEADER_REQUIRED');
  });

  it('a File cannot arrive any other way than as a multipart part', async () => {
    const response = await stack.execute((await import('graphql')).parse(UPLOAD) as never, { input: { id: acmeShop.id, file: 'logo.png' } });
    expect(response.errors![0]!.message).toMatch(/File must be a file part of a multipart request/);
  });
});
