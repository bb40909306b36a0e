/**
 * User-defined functions: a UDF is its latest version (the spec answers both as a Udf). Creating
 * one files version 1 with it; a new version takes the next number and becomes the UDF (which
 * builds again); attaching (a PUT that creates the attachment) needs a service of the organization
 * and a version of the UDF, the latest when the body names none, and deploys it.
 */
import { clickhouseResource } from '../../resources/clickhouse/index.js';
import { badRequest, notFound } from '../core/error.js';
import type { Behaviour } from './context.js';
import { answer, createObject, fileObject, pathIds, upsertObject } from './generic.js';
import { born, settle } from './machines.js';
import type { StoredObject } from './objects.js';

const VERSIONS = clickhouseResource('UdfVersion')!;

function udfOf(stored: Readonly<Record<string, StoredObject>>): StoredObject {
  const udf = stored.Udf;
  if (udf === undefined) throw new Error('The path names no UDF');
  return udf;
}

const createUdf: Behaviour = (ctx) => {
  const udf = createObject(ctx, { version: 1 });
  fileObject(ctx, VERSIONS, udf.ids, udf.value);
  return answer(ctx, udf.value);
};

const createVersion: Behaviour = (ctx) => {
  const udf = udfOf(ctx.stored);
  const { createdAt, updatedAt: _updated, ...current } = udf.value;
  const version = createObject(ctx, { ...current, ...ctx.input, version: undefined });
  udf.value = { ...version.value, createdAt };
  settle(ctx, udf, 'status', 'building', 'ready');
  return answer(ctx, version.value);
};

const attach: Behaviour = (ctx) => {
  const [organizationId, functionName, serviceId] = pathIds(ctx);
  const service = ctx.store.get('services', serviceId!);
  if (service === undefined || service.organizationId !== organizationId) throw notFound(`Service ${serviceId} not found in organization ${organizationId}`);
  const version = ctx.input.version ?? udfOf(ctx.stored).value.version;
  if (ctx.objects.get(VERSIONS.path!, [organizationId!, functionName!, String(version)]) === undefined) {
    throw badRequest(`version ${String(version)} is no version of UDF ${functionName}`);
  }
  const attachment = upsertObject({ ...ctx, input: { ...ctx.input, version } });
  born(ctx, 'UdfAttachment', attachment);
  return answer(ctx, attachment.value);
};

export const UDF_BEHAVIOURS: Readonly<Record<string, Behaviour>> = { udfCreate: createUdf, udfVersionCreate: createVersion, udfAttach: attach };
