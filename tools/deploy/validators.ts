// Schema validation for the deployment tests: built-in kinds through kubernetes-models, custom resources
// through the hand-written CRD schema subsets in crd-schemas/, compose through compose-spec.json (ajv).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Service } from 'kubernetes-models/v1';
import type { Manifest } from './deploy-files';

const BUILT_IN: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Service': Service,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'networking.k8s.io/v1/Ingress': Ingress,
};

function ajv(): Ajv {
  const instance = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(instance);
  return instance;
}

const crdValidators: Record<string, ValidateFunction> = (() => {
  const dir = join(__dirname, 'crd-schemas');
  const a = ajv();
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const schema = JSON.parse(readFileSync(join(dir, f), 'utf8'));
        return [`${schema.properties.apiVersion.const}/${schema.properties.kind.const}`, a.compile(schema)];
      }),
  );
})();

export const CUSTOM_KINDS = Object.keys(crdValidators);

/** Validation errors of one manifest ([] when valid); an unknown apiVersion/kind is an error too. */
export function manifestErrors(manifest: Manifest & { file?: string }): string[] {
  const doc: Manifest & { file?: string } = { ...manifest };
  delete doc.file;
  const key = `${doc.apiVersion}/${doc.kind}`;
  const Kind = BUILT_IN[key];
  if (Kind) {
    try {
      new Kind(doc).validate();
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  }
  const validate = crdValidators[key];
  if (!validate) return [`no schema for ${key}`];
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

export function composeValidator(): ValidateFunction {
  return ajv().compile(JSON.parse(readFileSync(join(__dirname, 'compose-spec.json'), 'utf8')));
}
