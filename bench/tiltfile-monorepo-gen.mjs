// Generates bench/tiltfile-monorepo/: a monorepo-style Tiltfile project of 100 resources
// (62 services built with docker_build + live_update across 6 domains, 3 Tilt-built base
// images, 15 pulled infrastructure workloads, 3 manually grouped resources and 20 local
// resources), for the Tiltfile load benchmark (bench/tiltfile.mjs).
//
//   node bench/tiltfile-monorepo-gen.mjs
//
// The output is committed so the benchmark is reproducible; rerun this only to change the
// project's shape. Everything is deterministic (no randomness, no dates).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = resolve(dirname(fileURLToPath(import.meta.url)), 'tiltfile-monorepo');

const DOMAINS = [
  { name: 'identity', lang: 'go', services: ['auth', 'users', 'sessions', 'roles', 'tokens', 'audit', 'sso', 'mfa', 'profiles', 'invites'] },
  { name: 'commerce', lang: 'go', services: ['cart', 'checkout', 'orders', 'pricing', 'promotions', 'tax', 'invoices', 'refunds', 'subscriptions', 'wallet', 'payouts'] },
  { name: 'catalog', lang: 'node', services: ['products', 'categories', 'search', 'reviews', 'recommendations', 'media', 'inventory', 'bundles', 'brands', 'sitemap'] },
  { name: 'logistics', lang: 'go', services: ['shipping', 'tracking', 'warehouses', 'returns', 'carriers', 'labels', 'routing', 'slots', 'customs', 'fleet'] },
  { name: 'engagement', lang: 'node', services: ['notifications', 'emails', 'sms', 'push', 'newsletters', 'campaigns', 'loyalty', 'surveys', 'chat', 'feeds', 'badges'] },
  { name: 'platform', lang: 'python', services: ['gateway', 'graphql', 'webhooks', 'scheduler', 'exporter', 'flags', 'config', 'billing-sync', 'reports', 'analytics'] },
];
const INFRA = ['postgres', 'redis', 'kafka', 'zookeeper', 'elasticsearch', 'kibana', 'rabbitmq', 'minio', 'mailpit', 'jaeger', 'prometheus', 'grafana', 'vault', 'memcached', 'clickhouse'];
const INFRA_IMAGES = {
  postgres: 'postgres:16-alpine', redis: 'redis:7-alpine', kafka: 'bitnami/kafka:3.7', zookeeper: 'bitnami/zookeeper:3.9',
  elasticsearch: 'docker.elastic.co/elasticsearch/elasticsearch:8.14.0', kibana: 'docker.elastic.co/kibana/kibana:8.14.0',
  rabbitmq: 'rabbitmq:3.13-management', minio: 'minio/minio:RELEASE.2024-06-13T22-53-53Z', mailpit: 'axllent/mailpit:v1.18',
  jaeger: 'jaegertracing/all-in-one:1.58', prometheus: 'prom/prometheus:v2.53.0', grafana: 'grafana/grafana:11.1.0',
  vault: 'hashicorp/vault:1.17', memcached: 'memcached:1.6-alpine', clickhouse: 'clickhouse/clickhouse-server:24.5',
};
const INFRA_PORTS = { postgres: 5432, redis: 6379, kafka: 9092, zookeeper: 2181, elasticsearch: 9200, kibana: 5601, rabbitmq: 15672, minio: 9001, mailpit: 8025, jaeger: 16686, prometheus: 9090, grafana: 3000, vault: 8200, memcached: 11211, clickhouse: 8123 };
const BASES = { go: 'Dockerfile.go', node: 'Dockerfile.node', python: 'Dockerfile.python' };

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
const catalog = [];
let n = 0;
for (const d of DOMAINS) {
  d.services.forEach((s, j) => {
    const port = d.lang === 'node' ? 3000 : d.lang === 'python' ? 8000 : 8080;
    const deps = [];
    if (j > 0) deps.push(d.services[0]);
    if (j % 3 === 2) deps.push('postgres');
    if (j % 4 === 3) deps.push('redis');
    if (d.name === 'commerce' && j > 2) deps.push('kafka');
    catalog.push({ name: s, domain: d.name, lang: d.lang, port, deps, debug: j === 0, index: n });
    const dir = `services/${d.name}/${s}`;
    const image = `registry.local/shop/${s}`;
    const env = [
      ['SERVICE_NAME', s],
      ['DOMAIN', d.name],
      ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://jaeger.infra:4317'],
      ['DATABASE_URL', `postgres://app:app@postgres.infra:5432/${s.replace(/-/g, '_')}`],
    ];
    put(`${dir}/k8s.yaml`, [deploymentYaml(s, d.name, image, port, env), serviceYaml(s, d.name, port), configMapYaml(s, d.name, n)].join('---\n'));
    put(`${dir}/Dockerfile`, `FROM registry.local/shop/base-${d.lang} AS build\nCOPY . /src/${s}\nRUN make -C /src/${s} build\n\nFROM registry.local/shop/base-${d.lang}\nCOPY --from=build /src/${s}/out /app\nENTRYPOINT ["/app/${s}"]\n`);
    put(`${dir}/.dockerignore`, 'node_modules\n*.log\ncoverage/\n');
    put(`${dir}/src/main.txt`, `${s} sources\n`);
    if (d.lang === 'node') put(`${dir}/package.json`, JSON.stringify({ name: s, version: `1.${n % 7}.0`, private: true }, null, 2));
    n++;
  });
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

// --- Starlark: the catalog, helpers and the Tiltfile ------------------------------------
const starList = (xs) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
put(
  'tilt/catalog.star',
  `# The service catalog (generated from the platform's service registry).
SERVICES = [
${catalog.map((c) => `    {'name': '${c.name}', 'domain': '${c.domain}', 'lang': '${c.lang}', 'port': ${c.port}, 'deps': ${starList(c.deps)}, 'debug': ${c.debug ? 'True' : 'False'}},`).join('\n')}
]

INFRA = ${starList(INFRA)}

INFRA_PORTS = {
${INFRA.map((i) => `    '${i}': ${INFRA_PORTS[i]},`).join('\n')}
}
`,
);

put(
  'tilt/settings.star',
  `# Shared settings.
REGISTRY = 'registry.local/shop'
LOCAL_PORT_BASE = {'go': 18000, 'node': 13000, 'python': 19000}
LABELS = {
    'identity': ['identity', 'backend'],
    'commerce': ['commerce', 'backend'],
    'catalog': ['catalog', 'backend'],
    'logistics': ['logistics', 'backend'],
    'engagement': ['engagement', 'backend'],
    'platform': ['platform', 'edge'],
}

def image_for(name):
    return '%s/%s' % (REGISTRY, name)

def port_for(lang, index):
    return LOCAL_PORT_BASE[lang] + index
`,
);

put(
  'tilt/services.star',
  `# How a service is built and deployed.
load('./settings.star', 'image_for', 'port_for', 'LABELS')

LIVE_UPDATE_CMDS = {
    'go': 'go build -o /app/%s ./cmd/...',
    'node': 'cd /src/%s && npm run build',
    'python': 'pip install -e /src/%s',
}

def service(svc, index, enabled_debug=False):
    name = svc['name']
    lang = svc['lang']
    src = 'services/%s/%s' % (svc['domain'], name)
    steps = [
        fall_back_on([src + '/Dockerfile']),
        sync(src + '/src', '/src/%s/src' % name),
    ]
    if lang == 'node':
        steps.append(run('cd /src/%s && npm ci' % name, trigger=[src + '/package.json']))
    steps.append(run(LIVE_UPDATE_CMDS[lang] % name, trigger=[src + '/src']))
    docker_build(
        image_for(name),
        src,
        build_args={'SERVICE': name, 'LANG': lang},
        ignore=['**/*_test.*', 'tmp/'],
        live_update=steps,
    )
    k8s_yaml(src + '/k8s.yaml')

    forwards = ['%d:%d' % (port_for(lang, index), svc['port'])]
    if svc['debug'] and enabled_debug:
        forwards.append(port_forward(port_for(lang, index) + 1000, 2345, name='debugger'))
    k8s_resource(
        name,
        port_forwards=forwards,
        resource_deps=svc['deps'] + ['codegen-' + lang],
        labels=LABELS[svc['domain']],
        links=[link('http://%s.shop.localhost/%s' % (svc['domain'], name), 'ingress')],
    )
`,
);

put(
  'tilt/infra.star',
  `# Third-party infrastructure, pulled from public registries.
load('./catalog.star', 'INFRA', 'INFRA_PORTS')

def infra():
    for name in INFRA:
        k8s_yaml('infra/%s.yaml' % name)
        k8s_resource(name, port_forwards=INFRA_PORTS[name], labels=['infra'])
    k8s_resource('kibana', resource_deps=['elasticsearch'])
    k8s_resource('grafana', resource_deps=['prometheus'], links=['http://localhost:3000/dashboards'])
    k8s_resource('kafka', resource_deps=['zookeeper'])
`,
);

const tasks = [];
for (const lang of ['go', 'node', 'python']) tasks.push({ name: `codegen-${lang}`, cmd: `make codegen LANG=${lang}`, deps: [`lib/${lang}`], labels: ['codegen'] });
for (const d of DOMAINS) tasks.push({ name: `test-${d.name}`, cmd: `make test DOMAIN=${d.name}`, deps: [`services/${d.name}`], labels: ['tests'], manual: true });
for (const d of DOMAINS) tasks.push({ name: `lint-${d.name}`, cmd: `make lint DOMAIN=${d.name}`, deps: [`services/${d.name}`], labels: ['lint'], manual: true });
tasks.push({ name: 'openapi', cmd: 'make openapi', deps: ['services/platform/gateway/src'], labels: ['codegen'], rdeps: ['codegen-python'] });
tasks.push({ name: 'migrations', cmd: 'make migrate', deps: ['build'], labels: ['db'], rdeps: ['postgres'] });
tasks.push({ name: 'seed-data', cmd: 'make seed', labels: ['db'], rdeps: ['migrations'], manual: true });
tasks.push({ name: 'storybook', serve: 'npm run storybook -- --port 6006', labels: ['frontend'], link: 'http://localhost:6006' });
tasks.push({ name: 'docs', serve: 'mkdocs serve -a localhost:8001', labels: ['docs'], link: 'http://localhost:8001' });
if (tasks.length !== 20) throw new Error(`want 20 local resources, have ${tasks.length}`);
put(
  'tilt/tasks.star',
  `# Local tasks: code generation, tests, linters, database chores and dev servers.
TASKS = [
${tasks
  .map((t) => {
    const parts = [`'name': '${t.name}'`];
    if (t.cmd) parts.push(`'cmd': '${t.cmd}'`);
    if (t.serve) parts.push(`'serve_cmd': '${t.serve}'`);
    if (t.deps) parts.push(`'deps': ${starList(t.deps)}`);
    if (t.rdeps) parts.push(`'resource_deps': ${starList(t.rdeps)}`);
    if (t.link) parts.push(`'links': ['${t.link}']`);
    parts.push(`'labels': ${starList(t.labels)}`);
    if (t.manual) parts.push(`'manual': True`);
    return `    {${parts.join(', ')}},`;
  })
  .join('\n')}
]

def tasks():
    for t in TASKS:
        manual = t.get('manual', False)
        local_resource(
            t['name'],
            cmd=t.get('cmd', ''),
            serve_cmd=t.get('serve_cmd', ''),
            deps=t.get('deps', []),
            resource_deps=t.get('resource_deps', []),
            links=t.get('links', []),
            labels=t['labels'],
            trigger_mode=TRIGGER_MODE_MANUAL if manual else TRIGGER_MODE_AUTO,
            auto_init=not manual,
            ignore=['**/node_modules', '**/__pycache__'],
        )
`,
);

put(
  'Tiltfile',
  `# A 100-resource monorepo (the Tiltfile load benchmark; generated by
# bench/tiltfile-monorepo-gen.mjs): 62 services in 6 domains, their 3 base images, 15
# infrastructure workloads, 3 grouped resources and 20 local tasks.
load('./tilt/catalog.star', 'SERVICES')
load('./tilt/services.star', 'service')
load('./tilt/infra.star', 'infra')
load('./tilt/tasks.star', 'tasks')
load('./tilt/settings.star', 'REGISTRY')

allow_k8s_contexts(['kind-shop', 'docker-desktop'])
update_settings(max_parallel_updates=4, k8s_upsert_timeout_secs=90)
watch_settings(ignore=['**/*.tmp', '**/.cache'])

config.define_string_list('to-run', args=True, usage='resources to enable (default: all)')
config.define_bool('debug', usage='forward debugger ports')
cfg = config.parse()
config.set_enabled_resources(cfg.get('to-run', []))
debug = cfg.get('debug', os.getenv('SHOP_DEBUG', '') == '1')

for lang in ['go', 'node', 'python']:
    docker_build('%s/base-%s' % (REGISTRY, lang), '.', dockerfile='build/Dockerfile.' + lang, only=['lib/' + lang])

k8s_yaml(['deploy/namespaces.yaml', 'deploy/observability.yaml', 'deploy/rbac.yaml'])
infra()

by_domain = {}
for i, svc in enumerate(SERVICES):
    service(svc, i, enabled_debug=debug)
    by_domain.setdefault(svc['domain'], []).append(svc['name'])

k8s_yaml('deploy/ingress.yaml')
k8s_resource(new_name='ingresses', objects=['%s:ingress' % d for d in sorted(by_domain.keys())], labels=['edge'])
k8s_resource(new_name='observability-config', objects=['otel-collector-config', 'grafana-dashboards', 'prometheus-rules', 'grafana-admin'],
             labels=['infra'])
k8s_resource('scheduler', objects=['scheduler:serviceaccount', 'scheduler:role', 'scheduler:rolebinding'])
k8s_resource(new_name='namespaces', objects=['%s:namespace' % ns for ns in ['infra'] + sorted(by_domain.keys())], labels=['infra'])

tasks()
print('%d services in %d domains' % (len(SERVICES), len(by_domain)))
`,
);

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
