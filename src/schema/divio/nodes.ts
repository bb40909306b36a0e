/**
 * The Divio nodes whose groups still have hand-written behaviour, typed by their records: the
 * interpreter defines and implements them from their descriptions; the modules beside this one
 * add what is behaviour (organization-wide list economy, logs, variables).
 */
import { applications } from '../../resources/divio/applications.js';
import { deployments, environments } from '../../resources/divio/environments.js';
import type { ApplicationDto, DeploymentDto, EnvironmentDto } from '../../upstream/divio/types.js';
import { defineNode } from '../resources/nodes.js';

export const ApplicationRef = defineNode<ApplicationDto>(applications);
export const EnvironmentRef = defineNode<EnvironmentDto>(environments);
export const DeploymentRef = defineNode<DeploymentDto>(deployments);
