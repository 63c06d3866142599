// Generates bench/tiltfile-monorepo/: a monorepo-style Tiltfile project of 100 resources
// (62 services built with docker_build + live_update across 6 domains, 3 Tilt-built base
// images, 15 pulled infrastructure workloads, 3 manually grouped resources and 20 local
// resources), for the Tiltfile load benchmark (bench/tiltfile.mjs). The project's shape is in
// tiltfile-monorepo-data.mjs, its Starlark files in tiltfile-monorepo-star.mjs; this script
// writes those and the YAML, Dockerfiles and sources.
//
//   node bench/tiltfile-monorepo-gen.mjs
//
// The output is committed so the benchmark is reproducible; rerun this only to change the
// project's shape. Everything is deterministic (no randomness, no dates).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASES, DOMAINS, INFRA, INFRA_IMAGES, INFRA_PORTS, catalog } from './tiltfile-monorepo-data.mjs';
import { STARLARK_FILES } from './tiltfile-monorepo-star.mjs';

const out = resolve(dirname(fileURLToPath(import.meta.url)), 'tiltfile-monorepo');

const files = new Map();
const put = (path, text) => files.set(path, text.endsWith('\n') ? text : `${text}\n`);

function deploymentYaml(name, domain, image, port, env) {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${domain}
  labels:
    app.kubernetes.io/name: ${name}
    app.kubernetes.io/part-of: ${domain}
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
        app.kubernetes.io/part-of: ${domain}
    spec:
      containers:
        - name: ${name}
          image: ${image}
          ports:
            - name: http
              containerPort: ${port}
          env:
${env.map(([k, v]) => `            - name: ${k}\n              value: "${v}"`).join('\n')}
          readinessProbe:
            httpGet: {path: /healthz, port: http}
          resources:
            requests: {cpu: 50m, memory: 64Mi}
            limits: {memory: 256Mi}
`;
}

function serviceYaml(name, domain, port) {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${domain}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: ${port}
`;
}

function configMapYaml(name, domain, i) {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
  namespace: ${domain}
data:
  FEATURE_SET: "v${(i % 4) + 1}"
  CACHE_TTL: "${30 + (i % 5) * 15}s"
  settings.json: |
    {"retries": ${(i % 3) + 1}, "timeout_ms": ${500 + i * 10}, "tracing": true}
`;
}

// --- services ---------------------------------------------------------------------------
for (const { name: s, domain, lang, port, index: n } of catalog) {
  const dir = `services/${domain}/${s}`;
  const image = `registry.local/shop/${s}`;
  const env = [
    ['SERVICE_NAME', s],
    ['DOMAIN', domain],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://jaeger.infra:4317'],
    ['DATABASE_URL', `postgres://app:app@postgres.infra:5432/${s.replace(/-/g, '_')}`],
  ];
  put(`${dir}/k8s.yaml`, [deploymentYaml(s, domain, image, port, env), serviceYaml(s, domain, port), configMapYaml(s, domain, n)].join('---\n'));
  put(`${dir}/Dockerfile`, `FROM registry.local/shop/base-${lang} AS build\nCOPY . /src/${s}\nRUN make -C /src/${s} build\n\nFROM registry.local/shop/base-${lang}\nCOPY --from=build /src/${s}/out /app\nENTRYPOINT ["/app/${s}"]\n`);
  put(`${dir}/.dockerignore`, 'node_modules\n*.log\ncoverage/\n');
  put(`${dir}/src/main.txt`, `${s} sources\n`);
  if (lang === 'node') put(`${dir}/package.json`, JSON.stringify({ name: s, version: `1.${n % 7}.0`, private: true }, null, 2));
}

for (const [lang, file] of Object.entries(BASES)) {
  put(`build/${file}`, `FROM ${lang === 'go' ? 'golang:1.22-alpine' : lang === 'node' ? 'node:20-alpine' : 'python:3.12-slim'}\nWORKDIR /src\nCOPY lib/${lang} ./lib\n`);
  put(`lib/${lang}/README.md`, `shared ${lang} library\n`);
}

// --- infrastructure: one YAML file per workload, plus shared objects --------------------
for (const name of INFRA) {
  const kind = ['postgres', 'kafka', 'zookeeper', 'elasticsearch', 'clickhouse'].includes(name) ? 'StatefulSet' : 'Deployment';
  const extra = kind === 'StatefulSet' ? `  serviceName: ${name}\n` : '';
  put(
    `infra/${name}.yaml`,
    `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
  namespace: infra
spec:
${extra}  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: ${name}
          image: ${INFRA_IMAGES[name]}
          ports: [{containerPort: ${INFRA_PORTS[name]}}]
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: infra
spec:
  selector: {app: ${name}}
  ports: [{port: ${INFRA_PORTS[name]}}]
`,
  );
}
const namespaces = ['infra', ...DOMAINS.map((d) => d.name)];
put(
  'deploy/namespaces.yaml',
  namespaces.map((ns) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n  labels: {team: ${ns}}\n`).join('---\n'),
);
put(
  'deploy/observability.yaml',
  ['otel-collector-config', 'grafana-dashboards', 'prometheus-rules']
    .map((cm, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${cm}\n  namespace: infra\ndata:\n  config.yaml: |\n    version: ${i + 1}\n    exporters: [otlp, logging]\n`)
    .join('---\n') +
    '---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: grafana-admin\n  namespace: infra\ntype: Opaque\nstringData:\n  password: admin\n',
);
put(
  'deploy/ingress.yaml',
  DOMAINS.map(
    (d) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${d.name}
  namespace: ${d.name}
spec:
  rules:
    - host: ${d.name}.shop.localhost
      http:
        paths:
${d.services.map((s) => `          - path: /${s}\n            pathType: Prefix\n            backend: {service: {name: ${s}, port: {number: 80}}}`).join('\n')}
`,
  ).join('---\n'),
);
put(
  'deploy/rbac.yaml',
  `apiVersion: v1
kind: ServiceAccount
metadata:
  name: scheduler
  namespace: platform
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: scheduler
  namespace: platform
rules:
  - apiGroups: [batch]
    resources: [jobs]
    verbs: [create, get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: scheduler
  namespace: platform
subjects: [{kind: ServiceAccount, name: scheduler, namespace: platform}]
roleRef: {kind: Role, name: scheduler, apiGroup: rbac.authorization.k8s.io}
`,
);

// --- Starlark: the catalog, helpers and the Tiltfile (bench/tiltfile-monorepo-star.mjs) -
for (const [path, text] of Object.entries(STARLARK_FILES)) put(path, text);

put(
  'kubeconfig',
  `apiVersion: v1
kind: Config
current-context: kind-shop
clusters:
  - name: kind-shop
    cluster:
      server: https://127.0.0.1:42111
contexts:
  - name: kind-shop
    context:
      cluster: kind-shop
      user: kind-shop
      namespace: platform
users:
  - name: kind-shop
    user:
      token: bench
`,
);

rmSync(out, { recursive: true, force: true });
for (const [path, text] of files) {
  const p = join(out, path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
}
process.stdout.write(`wrote ${files.size} files to ${out}\n`);
