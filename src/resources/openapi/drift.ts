/**
 * Where the descriptions and an upstream's own OpenAPI document disagree (`npm run check-upstream`):
 * both are read to operation shapes (shapes.ts), the descriptions through the document they make
 * (document.ts), and compared operation by operation. One line per disagreement, naming the
 * description to change. What the descriptions do not use of the document (an answer field no
 * description reads, an optional parameter none sends) is not a disagreement; what they say that the
 * document does not (a path, a parameter or field it lacks, a field it requires that they never send,
 * an enum value on either side only) is. Every guessed path is listed with what the document says.
 */
import { describedEndpoints } from '../endpoints.js';
import type { ApiProfile } from '../profile.js';
import type { ResourceDescription } from '../types.js';
import { describedDocument } from './document.js';
import { operationShapes, pathShape, type OperationShape, type Property } from './shapes.js';

export interface Drift {
  /** The description to change (its group), and the operation. */
  description: string;
  operation: string;
  message: string;
}

export interface GuessVerdict {
  operation: string;
  description: string;
  /** As described: `POST /apps/v3/environments/{uuid}/stop/`. */
  route: string;
  /** confirmed: the document has it there; contradicted: elsewhere (`documented` says where); absent: not at all. */
  verdict: 'confirmed' | 'contradicted' | 'absent';
  documented?: string;
}

export interface DriftReport {
  drift: Drift[];
  guesses: GuessVerdict[];
  described: number;
  documented: number;
}

/** Query parameters the clients add to every list themselves, whatever a description says. */
const PAGING = new Set(['page', 'page_size']);

const route = (shape: Pick<OperationShape, 'method' | 'path'>) => `${shape.method} ${shape.path}`;

function enumDrift(where: string, ours: Property | undefined, theirs: Property | undefined): string | undefined {
  if (!ours?.enum || !theirs?.enum) return undefined;
  const onlyOurs = ours.enum.filter((value) => !theirs.enum!.includes(value));
  const onlyTheirs = theirs.enum.filter((value) => !ours.enum!.includes(value));
  if (onlyOurs.length === 0 && onlyTheirs.length === 0) return undefined;
  const parts = [onlyTheirs.length > 0 ? `${onlyTheirs.join(', ')} only in the document` : '', onlyOurs.length > 0 ? `${onlyOurs.join(', ')} only in the description` : ''];
  return `${where}: enum values ${parts.filter(Boolean).join('; ')}`;
}

function compareOperation(ours: OperationShape, theirs: OperationShape): string[] {
  const lines: string[] = [];
  if (ours.method !== theirs.method || pathShape(ours.path) !== pathShape(theirs.path)) {
    lines.push(`the document has it at ${route(theirs)}, the description at ${route(ours)}`);
  }
  for (const [name, property] of ours.query) {
    if (PAGING.has(name)) continue;
    const documented = theirs.query.get(name);
    if (!documented) lines.push(`query parameter ${name} is not in the document`);
    else {
      const drift = enumDrift(`query parameter ${name}`, property, documented);
      if (drift) lines.push(drift);
    }
  }
  for (const [name, property] of theirs.query) {
    if (property.required && !ours.query.has(name)) lines.push(`the document requires query parameter ${name}, which the description never sends`);
  }
  if (ours.body && !theirs.body && (ours.body.fields.size > 0 || !ours.body.open)) lines.push('the document takes no request body');
  if (ours.body && theirs.body) {
    for (const [name, property] of ours.body.fields) {
      const documented = theirs.body.fields.get(name);
      if (!documented) {
        if (!theirs.body.open) lines.push(`body field ${name} is not in the document`);
      } else {
        const drift = enumDrift(`body field ${name}`, property, documented);
        if (drift) lines.push(drift);
      }
    }
  }
  for (const [name, property] of theirs.body?.fields ?? []) {
    if (property.required && !ours.body?.fields.has(name) && !ours.body?.open) lines.push(`the document requires body field ${name}, which the description never sends`);
  }
  if (ours.answer && theirs.answer) {
    for (const [name, property] of ours.answer) {
      const documented = theirs.answer.get(name);
      if (!documented) lines.push(`answer field ${name} is not in the document`);
      else {
        const drift = enumDrift(`answer field ${name}`, property, documented);
        if (drift) lines.push(drift);
      }
    }
  }
  return lines;
}

/** The disagreements of `resources` (of one profile) with `document`, that upstream's OpenAPI document. */
export function driftOf(resources: readonly ResourceDescription[], profile: ApiProfile, document: Record<string, unknown>): DriftReport {
  const endpoints = describedEndpoints(resources, profile);
  const groupOf = new Map(endpoints.map((endpoint) => [endpoint.operation, `${profile.api}:${endpoint.resource.group}`]));
  const listKeys = new Map(endpoints.flatMap((endpoint) => (endpoint.role.kind === 'list' && endpoint.resource.listKey ? [[endpoint.operation, endpoint.resource.listKey] as const] : [])));
  const described = operationShapes(describedDocument(resources, profile), listKeys);
  const documented = operationShapes(document, listKeys);
  const byId = new Map(documented.map((shape) => [shape.operationId, shape]));
  const byRoute = new Map(documented.map((shape) => [`${shape.method} ${pathShape(shape.path)}`, shape]));
  const drift: Drift[] = [];
  const guesses: GuessVerdict[] = [];
  const seen = new Set<string>();
  for (const ours of described) {
    const description = groupOf.get(ours.operationId) ?? profile.api;
    const add = (message: string) => drift.push({ description, operation: ours.operationId, message });
    const theirs = byId.get(ours.operationId) ?? byRoute.get(`${ours.method} ${pathShape(ours.path)}`);
    if (ours.guessed) {
      const confirmed = theirs !== undefined && theirs.method === ours.method && pathShape(theirs.path) === pathShape(ours.path);
      guesses.push({
        operation: ours.operationId,
        description,
        route: route(ours),
        verdict: confirmed ? 'confirmed' : theirs ? 'contradicted' : 'absent',
        ...(theirs && !confirmed ? { documented: route(theirs) } : {}),
      });
    }
    if (!theirs) {
      add(`${route(ours)} is not in the document`);
      continue;
    }
    seen.add(theirs.operationId);
    if (theirs.operationId !== ours.operationId) add(`the document names ${route(theirs)} ${theirs.operationId}`);
    for (const message of compareOperation(ours, theirs)) add(message);
  }
  for (const theirs of documented) {
    if (!seen.has(theirs.operationId)) drift.push({ description: profile.api, operation: theirs.operationId, message: `${route(theirs)} is in the document but no description names it` });
  }
  return { drift, guesses, described: described.length, documented: documented.length };
}
