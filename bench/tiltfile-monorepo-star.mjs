// The Starlark side of bench/tiltfile-monorepo (see bench/tiltfile-monorepo-gen.mjs): the
// service catalog as a .star file, the shared helpers and the Tiltfile, as path → text.
import { DOMAINS, INFRA, INFRA_PORTS, catalog } from './tiltfile-monorepo-data.mjs';

/** path → text of every Starlark file of the project */
export const STARLARK_FILES = {};
const put = (path, text) => {
  STARLARK_FILES[path] = text.endsWith('\n') ? text : `${text}\n`;
};

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
