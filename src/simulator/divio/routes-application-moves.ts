/**
 * An application copied (a fork or a mirror, with copies of its environments), moved to another
 * organization of the same user, or moved to an external repository of its organization.
 */
import { randomUUID } from 'node:crypto';
import { applicationDto } from './dto.js';
import { badRequest } from './http.js';
import { ok, orNotFound, type Route, type RouteContext } from './router.js';
import type { ApplicationRecord } from './types.js';
import { FieldErrors, MESSAGES, readChoice, readRelated, readString } from './validation.js';

const MAX_CHARS = 255;
const COPY_MODES = ['FORK', 'MIRROR'] as const;
const notYours = (id: string) => `Invalid pk "${id}" - object does not exist.`;

function application(ctx: RouteContext): ApplicationRecord {
  return orNotFound(ctx.store.visibleApplication(ctx.user, ctx.uuid));
}

/** A slug free in the organization: the name's, numbered when taken. */
function freeSlug(ctx: RouteContext, organisation: string, name: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'copy';
  const taken = (slug: string) => [...ctx.store.applications.values()].some((app) => app.archivedAt === null && app.organisation === organisation && app.slug === slug);
  let slug = base;
  for (let index = 2; taken(slug); index += 1) slug = `${base}-${index}`;
  return slug;
}

function copyApplication(ctx: RouteContext) {
  const source = application(ctx);
  const errors = new FieldErrors();
  const name = readString(ctx.body, 'target_name', errors, { required: true, maxLength: MAX_CHARS });
  const organisation = readRelated(ctx.body, 'target_organisation', errors, (id) => ctx.user.organisations.includes(id), { required: true });
  const type = readChoice(ctx.body, 'type', errors, COPY_MODES);
  if (ctx.body.type === undefined) errors.add('type', MESSAGES.required);
  errors.throwIfAny();
  const copy: ApplicationRecord = {
    ...source,
    uuid: randomUUID(),
    name: String(name),
    slug: freeSlug(ctx, String(organisation), String(name)),
    organisation: String(organisation),
    createdAt: ctx.now,
    activeSubscription: randomUUID(),
    copiedFrom: source.uuid,
    copyType: type as 'FORK' | 'MIRROR',
  };
  delete copy.avatar;
  delete copy.screenshot;
  ctx.store.applications.set(copy.uuid, copy);
  for (const env of ctx.store.environments.values()) {
    if (env.application !== source.uuid) continue;
    const copied = { ...env, uuid: randomUUID(), application: copy.uuid, createdAt: ctx.now, stoppedAt: null, pendingCommitCount: 0 };
    ctx.store.environments.set(copied.uuid, copied);
  }
  return ok(applicationDto(copy));
}

function transferApplication(ctx: RouteContext) {
  const app = application(ctx);
  const errors = new FieldErrors();
  const organisation = readRelated(ctx.body, 'organisation', errors, (id) => ctx.user.organisations.includes(id), { required: true });
  errors.throwIfAny();
  app.organisation = String(organisation);
  return ok({ uuid: app.uuid, organisation: app.organisation });
}

function migrateToExternalRepository(ctx: RouteContext) {
  const app = application(ctx);
  const target = typeof ctx.body.repository === 'string' ? ctx.body.repository.toLowerCase() : undefined;
  if (target === undefined) throw badRequest({ repository: [MESSAGES.required] });
  const repository = ctx.store.resources.visible(ctx.user, 'repositories', target);
  if (repository === undefined || repository.organisation !== app.organisation) throw badRequest({ repository: [notYours(target)] });
  app.repository = repository.uuid;
  return ok({ status: true, message: `The application now deploys from ${String(repository.url)}.`, code: 'MIGRATED' });
}

export const applicationMoveRoutes: Route[] = [
  { pattern: '/apps/v3/applications/:uuid/copy/', methods: { POST: copyApplication } },
  { pattern: '/apps/v3/applications/:uuid/transfer/', methods: { POST: transferApplication } },
  { pattern: '/apps/v3/applications/:uuid/migrate-to-external-repository/', methods: { POST: migrateToExternalRepository } },
];
