/**
 * Hooks of the source groups: what repositories, webhooks, registries and cron jobs do beyond
 * storage. A repository whose host is `unreachable.invalid` fails its checks, as an unreachable
 * one would; secrets (passwords, private keys) are never stored or answered.
 */
import { createHash, randomBytes } from 'node:crypto';
import { invalidFields } from '../core/error.js';
import { ok, type RouteContext } from './context.js';
import type { WireRecord } from './records.js';
import { now, type GroupHooks } from './resources-hooks.js';
import { isoDateTime } from './wire.js';

const UNREACHABLE_HOST = 'unreachable.invalid';
const COMMITS_PER_LOOKUP = 3;

const reachable = (repository: WireRecord | null) => !String(repository?.url ?? '').includes(UNREACHABLE_HOST);

function outcome(repository: WireRecord | null, done: string) {
  return reachable(repository)
    ? { status: true, message: done, code: 'OK' }
    : { status: false, message: 'The repository could not be reached.', code: 'REPOSITORY_UNREACHABLE' };
}

/** Pull and reset read the origin: they move last_pulled_at, and fail when it cannot be reached. */
function pulled(done: string) {
  return (ctx: RouteContext, repository: WireRecord | null) => {
    const answer = outcome(repository, done);
    repository!.last_pulled_at = now(ctx);
    repository!.last_pull_success = answer.status;
    repository!.state = answer.status ? 'CONNECTED' : 'UNREACHABLE';
    return ok(answer);
  };
}

/** A public key in OpenSSH format; the private half is never made, let alone kept. */
function publicKey(type: string): string {
  const algorithm = { ED25519: 'ssh-ed25519', ECDSA: 'ecdsa-sha2-nistp256', RSA: 'ssh-rsa' }[type] ?? 'ssh-ed25519';
  return `${algorithm} ${randomBytes(32).toString('base64')} divio-simulator`;
}

export const SOURCE_HOOKS: Readonly<Record<string, GroupHooks>> = {
  repositories: {
    createReply: ['uuid', 'organisation', 'auth_info'],
    updateReply: ['uuid', 'authentication_type', 'authentication_config'],
    putRequires: ['authentication_type'],
    validate: (ctx, input, errors, record) => {
      // The related object first, as DRF resolves it before validating the rest.
      if (record === undefined && typeof input.organisation === 'string' && !ctx.user.organisations.includes(input.organisation)) {
        throw invalidFields({ organisation: [`Invalid pk "${input.organisation}" - object does not exist.`] });
      }
      if (typeof input.url === 'string' && !/^(https?:\/\/|ssh:\/\/|git@)[^\s]+$/.test(input.url)) errors.add('url', 'Enter a valid Git URL.');
    },
    created: (ctx, record, input) => {
      const keyPair = input.username === undefined && input.github_installation_id === undefined;
      record.authentication_type = keyPair ? 'KEYPAIR' : input.github_installation_id === undefined ? 'USERPASS' : 'GITHUB_APP';
      record.authentication_config = keyPair ? { key_type: input.key_type ?? 'ED25519' } : {};
      record.auth_info = keyPair ? publicKey(String(input.key_type ?? 'ED25519')) : '';
      record.is_read_only = false;
      record.state = 'NEW';
      record.state_message = 'Not pulled yet.';
      record.last_pull_success = null;
      record.last_pulled_at = null;
      record.last_push_success = null;
      record.last_pushed_at = null;
      void ctx;
    },
    actions: {
      check: (_ctx, repository, input) => ok(outcome(repository, input.branch ? `Branch ${String(input.branch)} found.` : 'The repository is reachable.')),
      verify: (_ctx, repository) => ok(outcome(repository, 'The repository and its authentication work.')),
      pull: pulled('Pulled.'),
      'reset-to-origin': pulled('Reset to origin.'),
      transfer: (ctx, repository, input) => {
        const target = String(input.organisation);
        if (!ctx.user.organisations.includes(target)) throw invalidFields({ organisation: [`Invalid pk "${target}" - object does not exist.`] });
        repository!.organisation = target;
        return ok({ organisation: target });
      },
      'generate-keypair': (_ctx, repository, input) => {
        const key = publicKey(String(input.key_type ?? 'ED25519'));
        repository!.authentication_type = 'KEYPAIR';
        repository!.authentication_config = { key_type: input.key_type ?? 'ED25519' };
        return ok({ public_key: key });
      },
    },
    views: {
      commits: (ctx, repository) => {
        const lookup = ctx.query.get('lookup');
        if (!lookup) throw invalidFields({ lookup: ['This field is required.'] });
        return ok(
          Array.from({ length: COMMITS_PER_LOOKUP }, (_, index) => {
            const sha = createHash('sha1').update(`${repository.uuid}:${lookup}:${index}`).digest('hex');
            return { sha, message: `Commit ${index + 1} on ${lookup}`, author: 'Olivia Ops <ops@acme.example>', date: isoDateTime(Date.UTC(2024, 4, 10 - index)) };
          }),
        );
      },
      endpoint: (_ctx, repository) => {
        const url = String(repository.url ?? '');
        const host = /^git@([^:]+):/.exec(url)?.[1] ?? (URL.canParse(url) ? new URL(url).hostname : '');
        return ok({ connection_info: { host, port: url.startsWith('git@') ? 22 : 443, url }, authentication_type: repository.authentication_type, authentication_info: repository.authentication_config ?? {} });
      },
    },
  },
  webhooks: {
    createReply: ['uuid', 'provider', 'repository'],
    // The URL a Git host calls: TriggerWebhook's own path, on the origin the request came to (as Django builds absolute URLs).
    present: (view, ctx, record) => ('trigger_url' in view ? { ...view, trigger_url: `${ctx.requestUrl.origin}/apps/v3/webhooks/${String(record.uuid)}/trigger/` } : view),
    created: (ctx, record) => {
      record.provider_class = String(record.provider).toLowerCase();
      record.provider_config = {};
      record.date_created = now(ctx);
      record.date_modified = now(ctx);
      record.last_dispatch_at = null;
      record.last_dispatch_success = null;
      record.last_dispatch_message = '';
    },
    actions: {
      'generate-secret': () => ok({ secret: randomBytes(24).toString('hex') }),
      trigger: (ctx, webhook) => {
        webhook!.last_dispatch_at = now(ctx);
        webhook!.last_dispatch_success = true;
        webhook!.last_dispatch_message = 'Triggered by hand';
        return ok({});
      },
    },
  },
  'container-registries': {
    createReply: ['uuid', 'server', 'organisation'],
    updateReply: ['uuid', 'server', 'organisation'],
    putRequires: ['server', 'organisation', 'username', 'password'],
    validate: (ctx, input) => {
      if (typeof input.organisation === 'string' && !ctx.user.organisations.includes(input.organisation)) {
        throw invalidFields({ organisation: [`Invalid pk "${input.organisation}" - object does not exist.`] });
      }
    },
  },
  cronjobs: {
    putRequires: ['command', 'frequency'],
    // Paging parameters of the upstream's limit/offset lists, not filters: every cron job passes.
    filters: { limit: () => true, offset: () => true },
    validate: (_ctx, input, errors) => {
      if (typeof input.time === 'string' && input.time !== '' && !/^(\d{2}:)?\d{2}$/.test(input.time)) errors.add('time', 'Enter a time as HH:MM or MM.');
    },
    views: {
      logs: (ctx, cronjob) => {
        const runs = Array.from({ length: 3 }, (_, index) => {
          const startedAt = ctx.now - (index + 1) * 600_000;
          return { started_at: isoDateTime(startedAt), finished_at: isoDateTime(startedAt + 42_000), exit_code: index === 1 && String(cronjob.command).includes('sync') ? 1 : 0 };
        });
        return ok(runs);
      },
    },
  },
};
