// Validates rendered manifests (`kubectl kustomize deploy/k8s | node validate.mjs`) with no cluster: every object of
// a Kubernetes API group against that API's OpenAPI schema (kubernetes-models), CloudNativePG's Cluster against the
// operator's CRD schema (@kubernetes-models/cloudnative-pg), and RabbitMQ's RabbitmqCluster, whose CRD is in no
// package the registries serve, against its v1beta1 spec as written below (unknown fields there are errors). The
// Kubernetes and CloudNativePG schemas check types, required fields and formats; like kubeconform without -strict,
// they let an unknown field pass. Exits 1 on any error, or when there is nothing to validate.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";

// What an operator relies on beyond the schemas: every Deployment runs two replicas with probes on /alive and /health
// and memory bounds, and has a Service and a PodDisruptionBudget that select its pods.
function operable(manifests) {
  const errors = [];
  const selects = (selector, labels) => Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
  for (const deployment of manifests.filter((m) => m.kind === "Deployment")) {
    const name = `Deployment/${deployment.metadata.name}`;
    const labels = deployment.spec.template.metadata.labels;
    if (!(deployment.spec.replicas >= 2)) errors.push(`${name}: fewer than two replicas`);
    for (const container of deployment.spec.template.spec.containers) {
      if (container.livenessProbe?.httpGet?.path !== "/alive") errors.push(`${name}: liveness probe is not GET /alive`);
      if (container.readinessProbe?.httpGet?.path !== "/health") errors.push(`${name}: readiness probe is not GET /health`);
      if (!container.resources?.requests?.memory || !container.resources?.limits?.memory) errors.push(`${name}: no memory request and limit`);
    }
    for (const kind of ["Service", "PodDisruptionBudget"]) {
      const selector = (m) => (kind === "Service" ? m.spec.selector : m.spec.selector?.matchLabels);
      if (!manifests.some((m) => m.kind === kind && Object.keys(selector(m) ?? {}).length > 0 && selects(selector(m), labels))) {
        errors.push(`${name}: no ${kind} selects its pods`);
      }
    }
  }
  return errors;
}

async function modelOf({ apiVersion, kind }) {
  if (apiVersion === "rabbitmq.com/v1beta1" && kind === "RabbitmqCluster") return RabbitmqCluster;
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const path = apiVersion === "postgresql.cnpg.io/v1"
    ? `@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/${kind}`
    : `kubernetes-models/${group ? `${group}/` : ""}${version}/${kind}`;
  try {
    return (await import(path))[kind];
  } catch {
    throw new Error(`no schema for ${apiVersion} ${kind}`);
  }
}

// The spec of rabbitmq.com/v1beta1 RabbitmqCluster (cluster operator 2.x): its top-level fields, and the types of those used here.
const quantity = { anyOf: [{ type: "string" }, { type: "number" }] };
const resources = {
  type: "object",
  additionalProperties: false,
  properties: {
    requests: { type: "object", additionalProperties: quantity },
    limits: { type: "object", additionalProperties: quantity },
  },
};
const rabbitmqClusterSchema = {
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: { const: "rabbitmq.com/v1beta1" },
    kind: { const: "RabbitmqCluster" },
    metadata: { type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1 } } },
    spec: {
      type: "object",
      additionalProperties: false,
      properties: {
        replicas: { type: "integer", minimum: 0 },
        image: { type: "string" },
        imagePullSecrets: { type: "array" },
        service: { type: "object" },
        persistence: {
          type: "object",
          additionalProperties: false,
          properties: { storage: quantity, storageClassName: { type: "string" } },
        },
        resources,
        affinity: { type: "object" },
        tolerations: { type: "array" },
        rabbitmq: {
          type: "object",
          additionalProperties: false,
          properties: {
            additionalPlugins: { type: "array", items: { type: "string", pattern: "^\\w+$" } },
            additionalConfig: { type: "string" },
            advancedConfig: { type: "string" },
            envConfig: { type: "string" },
            erlangInetConfig: { type: "string" },
          },
        },
        tls: { type: "object" },
        override: { type: "object" },
        skipPostDeploySteps: { type: "boolean" },
        terminationGracePeriodSeconds: { type: "integer", minimum: 0 },
        delayStartSeconds: { type: "integer", minimum: 0 },
        secretBackend: { type: "object" },
        autoEnableAllFeatureFlags: { type: "boolean" },
      },
    },
  },
};
const validateRabbitmqCluster = new Ajv({ allErrors: true }).compile(rabbitmqClusterSchema);

class RabbitmqCluster {
  constructor(manifest) {
    this.manifest = manifest;
  }

  validate() {
    if (!validateRabbitmqCluster(this.manifest)) {
      throw new Error(validateRabbitmqCluster.errors.map((e) => `${e.instancePath} ${e.message}`).join("; "));
    }
  }
}

async function main() {
  const input = readFileSync(0, "utf8");
  const errors = [];
  const manifests = [];
  let count = 0;

  for (const document of parseAllDocuments(input)) {
    const manifest = document.toJS();
    if (!manifest) continue;
    count++;
    manifests.push(manifest);
    const name = `${manifest.kind}/${manifest.metadata?.name}`;
    try {
      const model = await modelOf(manifest);
      new model(manifest).validate();
    } catch (error) {
      errors.push(`${name}: ${error.message}`);
    }
  }

  errors.push(...operable(manifests));
  for (const error of errors) console.error(`invalid: ${error}`);
  console.log(`${count} manifests, ${errors.length} errors`);
  process.exit(errors.length === 0 && count > 0 ? 0 : 1);
}

await main();
