/**
 * The behaviour of backups and of moving them: a backup copies some service instances of its
 * environment (WORKING -> COMPLETED, then `success` SUCCESS, FAILURE or PARTIAL as its notes
 * choose: facts.ts backupOutcome), a download prepares some of a backup's copies (each
 * part ends with a download URL), a restore writes copies back (ending `finished`), and an upload
 * request hands out one upload target per service instance. One timer step per transition.
 */
import { randomBytes } from 'node:crypto';
import { created, type RouteContext } from './context.js';
import { BACKUP_OUTCOME, BACKUP_STATE, COPY_BYTES, COPY_FAILED, RESTORE_TRIGGER_MANUAL, SUCCESS, TRANSFER_HOST, backupOutcome } from './facts.js';
import { newId } from './ids.js';
import type { WireRecord } from './records.js';
import { firstNotMatching, membershipIn, now, runSteps, stillStored, type ActionHandler, type GroupHooks } from './resources-hooks.js';
import type { Input } from './resources-input.js';
import { FieldErrors } from './validation.js';

const MANUAL_TRIGGER = 'MANUAL';
const UPLOAD_HANDLER = 's3-sts-v1';
const UPLOAD_BUCKET = 'divio-backup-uploads';
/** Upload credentials are random per request: they look like temporary keys and open nothing. */
const CREDENTIAL_BYTES = 20;

const SERVICE_INSTANCES = 'service-instances';
const SERVICE_INSTANCE_BACKUPS = 'service-instance-backups';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** CreateBackup and UploadBackups take only service instances of the environment they name (message guessed). */
function checkServices(ctx: RouteContext, input: Input, errors: FieldErrors): void {
  if (typeof input.environment !== 'string') return;
  const foreign = firstNotMatching(ctx, SERVICE_INSTANCES, strings(input.services), 'environment', input.environment);
  if (foreign !== undefined) errors.add('services', `Service instance ${foreign} does not belong to this environment.`);
}

/** Fills a new backup and queues one copy per service instance; answers the copies. */
function startBackup(ctx: RouteContext, backup: WireRecord, input: Input): WireRecord[] {
  const environment = String(input.environment);
  const copies = strings(input.services).map((id) => {
    const instance = ctx.store.get(SERVICE_INSTANCES, id);
    return ctx.store.add(SERVICE_INSTANCE_BACKUPS, {
      uuid: newId(), backup: backup.uuid, service: instance?.service ?? null, service_instance: id,
      service_type: instance?.type ?? null, service_prefix: instance?.prefix ?? null, size: null, errors: [],
      queued_at: now(ctx), started_at: null, ended_at: null, taken_at: null,
    });
  });
  Object.assign(backup, {
    org_membership: membershipIn(ctx, environment), tags: [], created: now(ctx), trigger: MANUAL_TRIGGER,
    notes: input.notes ?? '', state: BACKUP_STATE.working, size: null, meta_information: null,
    service_instance_backups: copies.map((copy) => copy.uuid), success: null,
  });
  return copies;
}

/** Whether the copy at `index` is taken, given how the backup ends (PARTIAL: only the first). */
const copyTaken = (outcome: string, index: number): boolean =>
  outcome === BACKUP_OUTCOME.success || (outcome === BACKUP_OUTCOME.partial && index === 0);

function runBackup(ctx: RouteContext, backup: WireRecord, copies: WireRecord[]): void {
  const outcome = backupOutcome(backup.notes);
  runSteps(ctx, stillStored(ctx, 'backups', backup), [
    (at) => {
      for (const copy of copies) copy.started_at = at;
    },
    (at) => {
      copies.forEach((copy, index) =>
        Object.assign(
          copy,
          copyTaken(outcome, index)
            ? { ended_at: at, taken_at: copy.started_at, size: COPY_BYTES[String(copy.service_type)] ?? 0 }
            : { ended_at: at, size: 0, errors: [COPY_FAILED] },
        ),
      );
      Object.assign(backup, { state: BACKUP_STATE.completed, success: outcome, size: copies.reduce((sum, copy) => sum + Number(copy.size), 0) });
    },
  ]);
}

const secret = (): string => randomBytes(CREDENTIAL_BYTES).toString('hex');

/** UploadBackups: a backup that waits for its uploads, and where to put each file (temporary S3 credentials). */
const uploadBackups: ActionHandler = (ctx, _subject, input) => {
  const errors = new FieldErrors();
  checkServices(ctx, input, errors);
  errors.throwIfAny();
  const backup = ctx.store.add('backups', {
    uuid: newId(), environment: input.environment, scheduled_for_deletion_at: input.scheduled_for_deletion_at ?? null,
  });
  const copies = startBackup(ctx, backup, input);
  const results = Object.fromEntries(
    copies.map((copy) => [
      copy.service_instance,
      {
        handler: UPLOAD_HANDLER,
        upload_parameters: {
          bucket: UPLOAD_BUCKET, key: `${backup.uuid}/${copy.uuid}`,
          aws_access_key_id: secret(), aws_secret_access_key: secret(), aws_session_token: secret(),
        },
        finish_url: `${TRANSFER_HOST}/uploads/${copy.uuid}/finish/`,
      },
    ]),
  );
  return created({ uuid: backup.uuid, results });
};

/** Parts of a download or restore: one per service instance backup, queued now. */
function addParts(ctx: RouteContext, group: string, parent: { key: string; id: string }, copies: readonly string[], extra: (copy: string) => Input) {
  return copies.map((copy) =>
    ctx.store.add(group, {
      uuid: newId(), [parent.key]: parent.id, service_instance_backup: copy, ...extra(copy),
      queued_at: now(ctx), started_at: null, ended_at: null, errors: [],
    }),
  );
}

/** Both transfers take copies of the one backup they name, and only of a completed one (messages guessed). */
function checkCopies(ctx: RouteContext, backup: unknown, copies: readonly string[], field: string, errors: FieldErrors): void {
  if (typeof backup !== 'string') return;
  if (ctx.store.get('backups', backup)?.state !== BACKUP_STATE.completed) errors.add('backup', 'The backup is not completed yet.');
  const foreign = firstNotMatching(ctx, SERVICE_INSTANCE_BACKUPS, copies, 'backup', backup);
  if (foreign !== undefined) errors.add(field, `Service instance backup ${foreign} is not part of this backup.`);
}

const restoredCopies = (input: Input): string[] =>
  Array.isArray(input.service_instance_restores)
    ? (input.service_instance_restores as Input[]).map((item) => String(item.service_instance_backup))
    : [];

export const BACKUP_HOOKS: Readonly<Record<string, GroupHooks>> = {
  backups: {
    order: { key: 'created', descending: true },
    createReply: ['uuid', 'environment', 'trigger', 'notes', 'scheduled_for_deletion_at'],
    validate: checkServices,
    created: (ctx, backup, input) => runBackup(ctx, backup, startBackup(ctx, backup, input)),
    actions: { upload: uploadBackups },
  },
  'service-instance-backups': { order: { key: 'queued_at', descending: true } },
  'backup-downloads': {
    order: { key: 'started_at', descending: true },
    createReply: ['uuid', 'backup', 'trigger'],
    validate: (ctx, input, errors) => checkCopies(ctx, input.backup, strings(input.service_instance_backups), 'service_instance_backups', errors),
    created: (ctx, download, input) => {
      const backup = ctx.store.get('backups', String(input.backup));
      Object.assign(download, { author: membershipIn(ctx, String(backup?.environment)), started_at: now(ctx) });
      const parent = { key: 'backup_download', id: download.uuid };
      const copies = strings(input.service_instance_backups);
      const parts = addParts(ctx, 'backup-download-service-instances', parent, copies, () => ({ download_url: null }));
      runSteps(ctx, stillStored(ctx, 'backup-downloads', download), [
        (at) => parts.forEach((part) => (part.started_at = at)),
        (at) => parts.forEach((part) => Object.assign(part, { ended_at: at, download_url: `${TRANSFER_HOST}/downloads/${part.uuid}.tar.gz` })),
      ]);
    },
  },
  // Newest first, so a client that lists parts right after creating a download finds its own first.
  'backup-download-service-instances': { order: { key: 'queued_at', descending: true } },
  'backup-restores': {
    order: { key: 'started_at', descending: true },
    createReply: ['uuid', 'backup', 'service_instance_restores', 'notes'],
    validate: (ctx, input, errors) => checkCopies(ctx, input.backup, restoredCopies(input), 'service_instance_restores', errors),
    created: (ctx, restore, input) => {
      const backup = ctx.store.get('backups', String(input.backup));
      const environment = String(backup?.environment);
      // Without a choice, every copy of the backup is restored.
      const copies = input.service_instance_restores === undefined ? strings(backup?.service_instance_backups) : restoredCopies(input);
      const parts = addParts(ctx, 'service-instance-backup-restores', { key: 'backup_restore', id: restore.uuid }, copies, (copy) => ({
        service_instance: ctx.store.get(SERVICE_INSTANCE_BACKUPS, copy)?.service_instance ?? null,
      }));
      Object.assign(restore, {
        environment, org_membership: membershipIn(ctx, environment), started_at: now(ctx), trigger: RESTORE_TRIGGER_MANUAL,
        finished: false, success: null, notes: input.notes ?? '', service_instance_backup_restores: parts.map((part) => part.uuid),
        service_instance_restores: copies.map((copy) => ({ service_instance_backup: copy })),
      });
      runSteps(ctx, stillStored(ctx, 'backup-restores', restore), [
        (at) => parts.forEach((part) => (part.started_at = at)),
        (at) => {
          parts.forEach((part) => (part.ended_at = at));
          Object.assign(restore, { finished: true, success: SUCCESS });
        },
      ]);
    },
  },
  'service-instance-backup-restores': { order: { key: 'queued_at', descending: true } },
};
