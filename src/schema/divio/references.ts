/**
 * Joins the hand-written Divio nodes to the described ones: registers them so descriptions can
 * reference them (`DivioBackup.environment`), and turns their own reference ids into objects
 * (`Application.region`, `Environment.primaryDomain`).
 */
import { builder } from '../../builder.js';
import { APPLICATION_REFERENCES, DEPLOYMENT_DESCRIBED_FIELDS, ENVIRONMENT_REFERENCES } from '../../resources/divio/hand-written.js';
import { fieldEntries, registerNode, type AnyNodeRef } from '../resources/nodes.js';
import { ApplicationRef } from './application.js';
import { DeploymentRef } from './deployment-node.js';
import { EnvironmentRef } from './environment-node.js';

export function registerHandWrittenNodes(): void {
  registerNode('Application', ApplicationRef as unknown as AnyNodeRef);
  registerNode('Environment', EnvironmentRef as unknown as AnyNodeRef);
  registerNode('Deployment', DeploymentRef as unknown as AnyNodeRef);
}

export function defineHandWrittenReferences(): void {
  builder.objectFields(ApplicationRef, (t) => Object.fromEntries(APPLICATION_REFERENCES.flatMap((spec) => fieldEntries(t as never, spec))) as never);
  builder.objectFields(EnvironmentRef, (t) => Object.fromEntries(ENVIRONMENT_REFERENCES.flatMap((spec) => fieldEntries(t as never, spec))) as never);
  builder.objectFields(DeploymentRef, (t) => Object.fromEntries(DEPLOYMENT_DESCRIBED_FIELDS.flatMap((spec) => fieldEntries(t as never, spec))) as never);
}
