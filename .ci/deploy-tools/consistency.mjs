// usage: node consistency.mjs application.properties rendered-k8s.yaml Dockerfile...
// Checks that the Dockerfiles and the rendered k8s/ manifests agree with application.properties (prod profile):
// HTTP port, health and metrics paths, every environment variable the service container gets maps to a
// property, shutdown and probe timings fit the configured timeouts, and the production basics are in place.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const [propsFile, manifestFile, ...dockerfiles] = process.argv.slice(2);
let passed = 0, failed = 0;
const check = (ok, what) => { ok ? passed++ : failed++; console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };

// --- application.properties, as the prod profile sees it
const raw = new Map();
const lines = readFileSync(propsFile, 'utf8').replace(/\\\r?\n\s*/g, '').split(/\r?\n/);
for (const line of lines) {
  const m = line.match(/^\s*([^#!\s=:][^=:]*?)\s*[=:]\s*(.*)$/);
  if (m) raw.set(m[1], m[2].trim());
}
const prop = (key, dflt) => raw.get(`%prod.${key}`) ?? raw.get(key) ?? dflt;
const normalise = (key) => key.replace(/^%[^.]+\./, '').replace(/"/g, '').replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
// Known: every property (QUARKUS_DATASOURCE_JDBC_URL for quarkus.datasource.jdbc.url) and every variable a
// value names in an expression (${NEWSGRAPH_EDITOR_PASSWORD:}).
const knownEnv = new Set([...raw.keys()].map(normalise));
for (const v of raw.values()) for (const m of v.matchAll(/\$\{([A-Z][A-Z0-9_]*)[:}]/g)) knownEnv.add(m[1]);
const seconds = (d) => {
  const m = String(d).trim().match(/^(?:PT)?(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i);
  if (!m) throw new Error(`cannot read duration ${d}`);
  const unit = (m[2] ?? 's').toLowerCase();
  return Number(m[1]) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
};
const port = Number(prop('quarkus.http.port', '8080'));
const trim = (p) => p.replace(/^\/+|\/+$/g, '');
const nonApp = `/${trim(prop('quarkus.http.non-application-root-path', 'q'))}`;
const healthRoot = `${nonApp}/${trim(prop('quarkus.smallrye-health.root-path', 'health'))}`;
const probePaths = {
  startupProbe: `${healthRoot}/${trim(prop('quarkus.smallrye-health.startup-path', 'started'))}`,
  readinessProbe: `${healthRoot}/${trim(prop('quarkus.smallrye-health.readiness-path', 'ready'))}`,
  livenessProbe: `${healthRoot}/${trim(prop('quarkus.smallrye-health.liveness-path', 'live'))}`,
};
const metricsPath = `${nonApp}/${trim(prop('quarkus.micrometer.export.prometheus.path', 'metrics'))}`;

// --- Dockerfiles
for (const f of dockerfiles) {
  const text = readFileSync(f, 'utf8').replace(/\\\r?\n/g, ' '); // continuation lines joined
  const exposed = [...text.matchAll(/^\s*EXPOSE\s+(.+)$/gim)].flatMap(m => m[1].trim().split(/\s+/));
  check(exposed.length > 0 && exposed.every(p => Number(p.split('/')[0]) === port), `${f}: EXPOSE ${exposed.join(' ')} = quarkus.http.port ${port}`);
  if (/^FROM\s+\S*openjdk/im.test(text)) {
    // The OpenJDK base images shrink the heap after every collection (free ratios 10-20 %): under nested pages
    // that left only full collections (docs/benchmarks.md). The image must set the ratios itself.
    const env = (name) => text.match(new RegExp(`^ENV\\b.*\\b${name}=("[^"]*"|\\S+)`, 'm'))?.[1];
    const max = Number(env('GC_MAX_HEAP_FREE_RATIO')), min = Number(env('GC_MIN_HEAP_FREE_RATIO'));
    check(min >= 40 && max >= 70 && /NewRatio|Xmn/.test(env('GC_CONTAINER_OPTIONS') ?? ''),
      `${f}: heap free ratios ${min}-${max} % (at least 40-70) and a young generation size in GC_CONTAINER_OPTIONS`);
  }
}

// --- manifests
const docs = parseAllDocuments(readFileSync(manifestFile, 'utf8')).map(d => d.toJS()).filter(Boolean);
const find = (kind, name) => docs.find(d => d.kind === kind && (!name || d.metadata?.name === name));
const deployment = find('Deployment', 'newsgraph');
check(!!deployment, 'Deployment newsgraph present');
if (!deployment) process.exit(1);
const pod = deployment.spec.template.spec;
const app = pod.containers.find(c => c.name === 'newsgraph');
const httpPort = (app.ports ?? []).find(p => p.name === 'http');
check(httpPort?.containerPort === port, `container port http = ${httpPort?.containerPort}, quarkus.http.port = ${port}`);
const resolvePort = (p) => (typeof p === 'number' ? p : (app.ports ?? []).find(x => x.name === p)?.containerPort);
for (const [probe, path] of Object.entries(probePaths)) {
  const get = app[probe]?.httpGet;
  check(get?.path === path && resolvePort(get?.port) === port, `${probe}: ${get?.path} on ${get?.port} = ${path} on ${port}`);
}
const annotations = deployment.spec.template.metadata?.annotations ?? {};
check(annotations['prometheus.io/path'] === metricsPath && Number(annotations['prometheus.io/port']) === port,
  `prometheus annotations ${annotations['prometheus.io/path']}:${annotations['prometheus.io/port']} = ${metricsPath}:${port}`);
// mp_graphql_seconds is io.newsgraph.graphql.OperationTimer's (check-prod.sh reads it from /q/metrics); SmallRye's
// own timer recorded wrong durations after a failed call, and on beside it would add into the same series.
check(prop('quarkus.smallrye-graphql.metrics.enabled') === 'false', "SmallRye's GraphQL timer off (quarkus.smallrye-graphql.metrics.enabled): OperationTimer keeps mp_graphql_seconds");

// Services point at the pods and their port.
const podLabels = deployment.spec.template.metadata.labels;
const selects = (sel) => sel && Object.entries(sel).every(([k, v]) => podLabels[k] === v);
check(Object.entries(deployment.spec.selector.matchLabels).every(([k, v]) => podLabels[k] === v), 'Deployment selector matches its pods');
const service = docs.find(d => d.kind === 'Service' && selects(d.spec?.selector));
check(!!service && service.spec.ports.every(p => resolvePort(p.targetPort) === port), `Service ${service?.metadata?.name} targets port ${port}`);
const pdb = find('PodDisruptionBudget');
check(!!pdb && selects(pdb.spec.selector.matchLabels), 'PodDisruptionBudget selects the pods');
const hpa = find('HorizontalPodAutoscaler');
check(hpa?.spec?.scaleTargetRef?.name === deployment.metadata.name && hpa.spec.minReplicas >= 2, 'HPA scales the Deployment, at least 2 replicas');
check(deployment.spec.replicas >= 2, `Deployment replicas ${deployment.spec.replicas} >= 2`);

// Every environment variable the service gets must be one application.properties knows.
const envNames = [];
for (const e of app.env ?? []) envNames.push([e.name, 'env']);
for (const from of app.envFrom ?? []) {
  const ref = from.configMapRef ?? from.secretRef;
  const kind = from.configMapRef ? 'ConfigMap' : 'Secret';
  const src = find(kind, ref.name);
  check(!!src || ref.optional === true, `${kind} ${ref.name} (envFrom) is in the manifests`);
  if (src) for (const k of Object.keys({ ...src.data, ...src.stringData })) envNames.push([(from.prefix ?? '') + k, `${kind} ${ref.name}`]);
}
for (const [name, where] of envNames) {
  check(knownEnv.has(name), `${name} (${where}) maps to a property in application.properties`);
}
// Keys that other containers take from the service's Secret exist.
for (const d of docs) for (const c of d.spec?.template?.spec?.containers ?? []) for (const e of c.env ?? []) {
  const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
  if (!ref) continue;
  const src = find(e.valueFrom.secretKeyRef ? 'Secret' : 'ConfigMap', ref.name);
  check(!!src && ref.key in { ...src.data, ...src.stringData }, `${d.metadata.name}/${c.name} ${e.name} <- ${ref.name}.${ref.key} exists`);
}

// Timings: the pod's grace period covers the shutdown delay and timeout; readiness waits out the DB validation.
const delay = seconds(prop('quarkus.shutdown.delay', '0s')), timeout = seconds(prop('quarkus.shutdown.timeout', '0s'));
check(timeout > 0 && pod.terminationGracePeriodSeconds > delay + timeout,
  `terminationGracePeriodSeconds ${pod.terminationGracePeriodSeconds} > shutdown delay ${delay}s + timeout ${timeout}s`);
const validation = seconds(prop('quarkus.datasource.jdbc.validation-query-timeout', '5s'));
check(app.readinessProbe.timeoutSeconds > validation, `readinessProbe timeout ${app.readinessProbe.timeoutSeconds}s > DB validation timeout ${validation}s`);
check(prop('quarkus.datasource.health.enabled', 'true') === 'true', 'datasource health check on (readiness follows the database)');

// Production basics.
check(pod.securityContext?.runAsNonRoot === true || app.securityContext?.runAsNonRoot === true, 'runAsNonRoot');
check(app.securityContext?.readOnlyRootFilesystem === true, 'readOnlyRootFilesystem');
const tmp = (app.volumeMounts ?? []).find(m => m.mountPath === '/tmp');
check(!!tmp && (pod.volumes ?? []).some(v => v.name === tmp.name && v.emptyDir), '/tmp is a writable emptyDir');
check(['cpu', 'memory'].every(r => app.resources?.requests?.[r] && app.resources?.limits?.[r]), 'cpu and memory requests and limits');
const sts = find('StatefulSet');
check(!!sts && (sts.spec.volumeClaimTemplates ?? []).length > 0, 'PostgreSQL StatefulSet with a PersistentVolumeClaim');

console.log(`consistency: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
