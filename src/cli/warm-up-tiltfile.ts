// A small project loaded while the `tiltfile` start-up snapshot is built (see
// snapshot/run.ts), after the Starlark warm-up: V8 keeps the bytecode of every function
// that ran, so the Tilt builtins, the YAML reader and writer, assembly and the result's
// JSON that a typical Tiltfile uses are compiled before any user's load. The project is
// written to a temporary directory and removed again; it runs no process (no local(),
// no helm, no compose) and loads no extension, so nothing is cached by path or binary.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadTiltfile } from '../tiltfile/loader.js';

const DEPLOYMENT = (name: string, image: string, port: number): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: ${image}
          ports:
            - containerPort: ${port}
          env:
            - name: MODE
              value: "dev"
            - name: ENABLED
              value: "true"
          args: ["--verbose", '--port=${port}']
          resources: {limits: {cpu: 500m, memory: 128Mi}}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${name}
  ports:
    - port: ${port}
      targetPort: ${port}
`;

const FILES: Record<string, string> = {
  'Tiltfile': String.raw`
load('./tilt/helpers.star', 'service', 'LABELS')
allow_k8s_contexts(['kind-warm', 'docker-desktop'])
update_settings(max_parallel_updates=2, k8s_upsert_timeout_secs=60)
watch_settings(ignore=['**/*.tmp'])
config.define_string_list('to-run', args=True)
config.define_bool('debug')
cfg = config.parse()
config.set_enabled_resources(cfg.get('to-run', []))
settings = read_json('settings.json', default={})
extra = read_yaml('extra.yaml')
docs = decode_yaml_stream(read_file('deploy/common.yaml'))
k8s_yaml(encode_yaml_stream(docs))
k8s_yaml(encode_yaml({'apiVersion': 'v1', 'kind': 'ConfigMap', 'metadata': {'name': 'cfg'}, 'data': extra}))
for name in ['api', 'web']:
    service(name, settings.get('ports', {}).get(name, 8000))
k8s_resource('web', resource_deps=['api'], trigger_mode=TRIGGER_MODE_MANUAL, auto_init=True,
             port_forwards=[port_forward(9000, 8000, name='web')], links=['http://localhost:9000'])
k8s_resource(new_name='config', objects=['cfg', 'common:namespace'], labels=['infra'])
k8s_kind('Widget', image_json_path='{.spec.image}')
local_resource('codegen', cmd='make gen', deps=['src'], labels=['tools'], env={'A': '1'},
               ignore=['src/*.tmp'], allow_parallel=True)
local_resource('server', serve_cmd=['sh', '-c', 'echo serve'], resource_deps=['codegen'],
               readiness_probe=probe(period_secs=5, http_get=http_get_action(port=9001, path='/health')),
               links=[link('http://localhost:9001', 'server')])
watch_file('settings.json')
if os.path.exists('missing') or os.getenv('WARM_UP_UNSET', '') != '':
    fail('unexpected')
files = [os.path.basename(f) for f in listdir('deploy')]
print('%d files, debug=%s, context=%s/%s' % (len(files), cfg.get('debug', False), k8s_context(), k8s_namespace()))
`,
  'tilt/helpers.star': String.raw`
LABELS = {'api': ['backend'], 'web': ['frontend']}
def service(name, port):
    src = 'services/' + name
    docker_build('registry.local/' + name, src, build_args={'NAME': name},
                 ignore=['**/*_test.*'], only=['src', 'Dockerfile'],
                 live_update=[fall_back_on([src + '/Dockerfile']), sync(src + '/src', '/app/src'),
                              run('make build', trigger=[src + '/src'])])
    k8s_yaml(src + '/k8s.yaml')
    k8s_resource(name, port_forwards=['%d:%d' % (port + 1000, port)], labels=LABELS[name])
`,
  'settings.json': '{"ports": {"api": 8080}}\n',
  'extra.yaml': 'mode: dev\nlevel: "3"\n',
  'deploy/common.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: common\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  token: abc\n',
  'services/api/Dockerfile': 'FROM scratch\nCOPY src /app/src\n',
  'services/api/src/main.txt': 'api\n',
  'services/api/k8s.yaml': DEPLOYMENT('api', 'registry.local/api', 8080),
  'services/web/Dockerfile': 'FROM scratch\nCOPY src /app/src\n',
  'services/web/src/main.txt': 'web\n',
  'services/web/k8s.yaml': DEPLOYMENT('web', 'registry.local/web', 8000),
  'src/gen.txt': 'gen\n',
  'kubeconfig': `apiVersion: v1
kind: Config
current-context: kind-warm
clusters:
  - name: kind-warm
    cluster: {server: 'https://127.0.0.1:6443'}
contexts:
  - name: kind-warm
    context: {cluster: kind-warm, user: kind-warm, namespace: dev}
users:
  - name: kind-warm
    user: {token: warm}
`,
};

/** A Tiltfile error, so that error reporting through the loader is compiled too. */
const FAILING = String.raw`
def check(n):
    if n > 1:
        fail('too many: %d' % n)
check(len(read_yaml_stream('docs.yaml')))
`;

function writeProject(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Loads the warm-up projects and serialises their results; throws if they do not behave. */
export function warmUpTiltfile(): void {
  const root = mkdtempSync(join(tmpdir(), 'tiltjs-warm-up-'));
  // The project's own kubeconfig: the builder's (absent or broken) must not matter.
  const kubeconfig = process.env.KUBECONFIG;
  process.env.KUBECONFIG = join(root, 'ok', 'kubeconfig');
  try {
    writeProject(join(root, 'ok'), FILES);
    const ok = loadTiltfile({ file: join(root, 'ok', 'Tiltfile'), subcommand: 'alpha tiltfile-result', log: () => {} });
    if (ok.error !== null) throw new Error(`warm-up: the Tiltfile failed: ${ok.error}`);
    JSON.stringify(ok, null, 2);
    writeProject(join(root, 'failing'), { 'Tiltfile': FAILING, 'docs.yaml': 'a: 1\n---\nb: 2\n' });
    const bad = loadTiltfile({ file: join(root, 'failing', 'Tiltfile'), subcommand: 'alpha tiltfile-result', log: () => {} });
    if (bad.error === null) throw new Error('warm-up: the failing Tiltfile did not fail');
    JSON.stringify(bad, null, 2);
  } finally {
    if (kubeconfig === undefined) delete process.env.KUBECONFIG;
    else process.env.KUBECONFIG = kubeconfig;
    rmSync(root, { recursive: true, force: true });
  }
}
