/**
 * Where applications' code comes from: Git repositories (with their checks, pulls, keys and
 * transfers), the webhooks that tell Divio about pushes, and the container registries images are
 * pulled from. Repositories and registries belong to an organization, webhooks to a repository.
 */
import type { EnumType, FieldSpec, ResourceDescription } from '../types.js';

const SOURCE_TTL_MS = 30_000;

export const AUTHENTICATION_TYPE: EnumType = {
  enum: 'RepositoryAuthenticationType',
  values: ['USERPASS', 'KEYPAIR', 'GITHUB_APP'],
  description: 'How Divio authenticates to a Git repository.',
  meanings: {
    USERPASS: 'A user name and a password or access token.',
    KEYPAIR: 'An SSH key pair: Divio holds the private key, the repository the public one.',
    GITHUB_APP: "Divio's GitHub App, installed on the repository's GitHub account.",
  },
};

export const KEY_TYPE: EnumType = {
  enum: 'RepositoryKeyType',
  values: ['ED25519', 'ECDSA', 'RSA'],
  inputOnly: true,
  description: 'The algorithm of an SSH key pair Divio generates.',
  meanings: { ED25519: 'An Ed25519 key (recommended).', ECDSA: 'An ECDSA key on the NIST P-256 curve.', RSA: 'An RSA key, for hosts that take nothing newer.' },
};

export const WEBHOOK_PROVIDER: EnumType = {
  enum: 'WebhookProvider',
  values: ['GITLAB', 'GITHUB', 'BITBUCKET'],
  description: 'The Git host a webhook receives pushes from.',
  meanings: { GITLAB: 'GitLab.com or a self-hosted GitLab.', GITHUB: 'GitHub.com or GitHub Enterprise.', BITBUCKET: 'Bitbucket Cloud or Bitbucket Server.' },
};

/** What Check, Pull, Reset and Verify answer. */
const OUTCOME: readonly FieldSpec[] = [
  { key: 'status', type: 'Boolean', description: 'Whether it worked.' },
  { key: 'message', type: 'String', description: 'What happened, for a person.' },
  { key: 'code', type: 'String', description: 'What happened, for a program (e.g. REPOSITORY_UNREACHABLE).' },
];

export const repositories: ResourceDescription = {
  group: 'repositories',
  type: 'Repository',
  plural: 'repositories',
  description: 'A Git repository applications deploy from, and how Divio reaches it.',
  operations: {
    list: 'ListRepositories',
    get: 'GetRepository',
    create: 'CreateRepository',
    update: 'UpdateRepository',
    partialUpdate: 'PartialUpdateRepository',
    destroy: 'DestroyRepository',
  },
  // The list takes no id filter; an organization has few repositories, so one list serves them all.
  batch: 'catalog',
  ttlMs: SOURCE_TTL_MS,
  fields: [
    { key: 'organisation', name: 'organizationId', type: 'DivioId', description: 'The Divio organization that owns it (Divio spells it organisation).' },
    { key: 'url', type: 'String', description: 'The Git URL Divio pulls from.', beyondSeed: 'Real repositories answer their URL; the Control Panel shows it.' },
    { key: 'authentication_type', type: AUTHENTICATION_TYPE, description: 'How Divio authenticates to it.' },
    { key: 'authentication_config', type: 'JSON', description: 'Settings of that authentication, secrets left out (free-form JSON: the API documents no shape).' },
    { key: 'auth_info', type: 'String', description: 'What the repository needs from you to let Divio in (e.g. the public key to add), shown on creation.' },
    { key: 'is_read_only', type: 'Boolean', description: 'Divio may pull but not push.' },
    { key: 'last_pull_success', type: 'Boolean', description: 'Whether the last pull worked.' },
    { key: 'last_pulled_at', type: 'DateTime', description: 'When Divio last pulled.' },
    { key: 'last_push_success', type: 'Boolean', description: 'Whether the last push worked.' },
    { key: 'last_pushed_at', type: 'DateTime', description: 'When Divio last pushed.' },
    { key: 'state', type: 'String', description: 'Its connection state, e.g. CONNECTED (the seed lists no values).' },
    { key: 'state_message', type: 'String', description: 'Explains the state.' },
  ],
  create: [
    { key: 'organisation', name: 'organizationId', type: 'DivioId', required: true, description: 'The Divio organization to add it to.' },
    { key: 'url', type: 'String', required: true, maxLength: 1_024, description: 'The Git URL (https:// or git@host:path).' },
    { key: 'username', type: 'String', maxLength: 255, description: 'User name, for USERPASS authentication.' },
    { key: 'password', type: 'String', maxLength: 1_024, description: 'Password or access token, for USERPASS authentication; never shown again.' },
    { key: 'github_installation_id', type: 'Int', min: 1, description: "Id of Divio's GitHub App installation, for GITHUB_APP authentication." },
    { key: 'key_type', type: KEY_TYPE, description: 'Algorithm of the SSH key pair Divio generates, for KEYPAIR authentication.' },
  ],
  update: [
    { key: 'authentication_type', type: AUTHENTICATION_TYPE, description: 'How Divio should authenticate from now on.' },
    { key: 'authentication_config', type: 'JSON', description: 'Settings of that authentication (free-form JSON: the API documents no shape).' },
  ],
  invalidates: ['applications'],
  actions: [
    {
      operation: 'CheckRepository',
      path: 'check',
      description: 'Checks that Divio can reach the repository (and the branch, when given).',
      input: [
        { key: 'migrate', type: 'Boolean', description: 'Check it as a target for migrating an application to it.' },
        { key: 'branch', type: 'String', maxLength: 255, description: 'The branch that must exist.' },
      ],
      result: OUTCOME,
    },
    { operation: 'PullRepository', path: 'pull', description: 'Pulls the repository now.', result: OUTCOME, guessed: true },
    {
      operation: 'ResetRepositoryToOrigin',
      path: 'reset-to-origin',
      description: "Resets Divio's copy to the origin, dropping what only Divio has.",
      result: OUTCOME,
      guessed: true,
    },
    { operation: 'VerifyRepository', path: 'verify', description: 'Verifies the repository and its authentication.', result: OUTCOME, guessed: true },
    {
      operation: 'TransferRepository',
      path: 'transfer',
      description: 'Moves the repository to another organization (one these credentials belong to).',
      input: [{ key: 'organisation', name: 'organizationId', type: 'DivioId', required: true, description: 'The organization to move it to.' }],
      guessed: true,
    },
    {
      operation: 'GenerateRepositoryKeypair',
      path: 'generate-keypair',
      description: 'Generates a new SSH key pair for the repository; add the public key to it.',
      input: [{ key: 'key_type', type: KEY_TYPE, description: 'The algorithm (default ED25519).' }],
      result: [{ key: 'public_key', type: 'String', description: 'The public key, in OpenSSH format.' }],
      guessed: true,
    },
  ],
  views: [
    {
      operation: 'GetRepositoryCommits',
      path: 'commits',
      field: 'commits',
      description: 'Commits of the repository that match a branch, tag or commit prefix.',
      arguments: [{ key: 'lookup', type: 'String', required: true, maxLength: 255, description: 'A branch, tag or commit prefix.' }],
      answer: 'list',
      result: {
        objects: 'RepositoryCommit',
        description: 'One commit, as the API sends it.',
        fields: [{ key: '*', name: 'data', type: 'JSON', description: 'The commit (free-form JSON: the API documents no shape; the simulator answers sha, message, author and date).' }],
      },
      ttlMs: 15_000,
      guessed: true,
    },
    {
      operation: 'GetRepositoryEndpoint',
      path: 'endpoint',
      field: 'endpoint',
      description: 'How to reach the repository: its connection details and the authentication to use.',
      answer: 'object',
      result: {
        objects: 'RepositoryEndpoint',
        description: 'Connection details of a repository.',
        fields: [
          { key: 'connection_info', type: 'JSON', description: 'Host, port and path of the repository (free-form JSON: the API documents no shape).' },
          { key: 'authentication_type', type: AUTHENTICATION_TYPE, description: 'How to authenticate.' },
          { key: 'authentication_info', type: 'JSON', description: 'What that authentication needs, secrets left out (free-form JSON: the API documents no shape).' },
        ],
      },
      ttlMs: 30_000,
      guessed: true,
    },
  ],
};

export const webhooks: ResourceDescription = {
  group: 'webhooks',
  type: 'Webhook',
  plural: 'webhooks',
  description: 'A webhook a Git host calls on every push, so that Divio pulls (and may deploy).',
  operations: { list: 'ListWebhooks', get: 'GetWebhook', create: 'CreateWebhook', destroy: 'DestroyWebhook' },
  batch: 'each',
  ttlMs: SOURCE_TTL_MS,
  parent: { type: 'Repository', filter: 'repository', field: 'webhooks', description: 'The webhooks that report pushes to this repository.' },
  filters: [{ key: 'repository', type: { ref: 'Repository' }, description: 'Only webhooks of this repository.' }],
  fields: [
    { key: 'repository', type: { ref: 'Repository' }, description: 'The repository it reports pushes to.' },
    { key: 'provider', type: WEBHOOK_PROVIDER, description: 'The Git host that calls it.' },
    { key: 'provider_class', type: 'String', description: 'The implementation handling the calls.' },
    { key: 'provider_config', type: 'JSON', description: 'Settings for the Git host (free-form JSON: the API documents no shape).' },
    { key: 'trigger_url', type: 'String', description: 'The URL the Git host calls.' },
    { key: 'last_dispatch_at', type: 'DateTime', description: 'When it was last called.' },
    { key: 'last_dispatch_success', type: 'Boolean', description: 'Whether the last call worked.' },
    { key: 'last_dispatch_message', type: 'String', description: 'What the last call did.' },
    { key: 'date_created', type: 'DateTime', description: 'When it was created.' },
    { key: 'date_modified', type: 'DateTime', description: 'When it last changed.' },
  ],
  create: [
    { key: 'provider', type: WEBHOOK_PROVIDER, required: true, description: 'The Git host that will call it.' },
    { key: 'repository', type: { ref: 'Repository' }, required: true, description: 'The repository it reports pushes to.' },
  ],
  actions: [
    {
      operation: 'GenerateWebhookSecret',
      path: 'generate-secret',
      description: 'Generates a new secret the Git host signs its calls with; give it to the host.',
      result: [{ key: 'secret', type: 'String', description: 'The new secret; shown once.' }],
      guessed: true,
    },
    { operation: 'WebhookRemoteInstall', path: 'remote-install', description: 'Installs the webhook on the Git host itself (where the host allows it).', guessed: true },
    {
      operation: 'TriggerWebhook',
      path: 'trigger',
      urlField: 'trigger_url',
      description: "Calls the webhook now, as a push would: a POST to its trigger_url, which must be on the Divio API's origin",
      guessed: true,
    },
  ],
};

export const containerRegistries: ResourceDescription = {
  group: 'container-registries',
  type: 'ContainerRegistry',
  plural: 'containerRegistries',
  description: 'A private container registry Divio pulls images from; its credentials are write-only.',
  operations: {
    list: 'ListContainerRegistries',
    get: 'GetContainerRegistry',
    create: 'CreateContainerRegistry',
    update: 'UpdateContainerRegistry',
    partialUpdate: 'PartialUpdateContainerRegistry',
    destroy: 'DestroyContainerRegistry',
  },
  batch: 'each',
  ttlMs: SOURCE_TTL_MS,
  filters: [{ key: 'organisation', type: 'DivioId', name: 'organizationId', description: 'Only registries of this organization.' }],
  fields: [
    { key: 'server', type: 'String', description: 'The registry host, e.g. registry.example.com.' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', description: 'The Divio organization that owns it (Divio spells it organisation).' },
  ],
  create: [
    { key: 'server', type: 'String', required: true, maxLength: 255, description: 'The registry host.' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', required: true, description: 'The organization to add it to.' },
    { key: 'username', type: 'String', required: true, maxLength: 255, description: 'User name for the registry.' },
    { key: 'password', type: 'String', required: true, maxLength: 1_024, description: 'Password or token for the registry; never shown again.' },
  ],
  update: [
    { key: 'server', type: 'String', maxLength: 255, description: 'The registry host.' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', description: 'The organization it belongs to.' },
    { key: 'username', type: 'String', maxLength: 255, description: 'User name for the registry.' },
    { key: 'password', type: 'String', maxLength: 1_024, description: 'Password or token for the registry; never shown again.' },
  ],
};
