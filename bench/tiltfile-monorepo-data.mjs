// The shape of bench/tiltfile-monorepo (see bench/tiltfile-monorepo-gen.mjs): its domains and
// services, the infrastructure it pulls, and the service catalog derived from them.

export const DOMAINS = [
  { name: 'identity', lang: 'go', services: ['auth', 'users', 'sessions', 'roles', 'tokens', 'audit', 'sso', 'mfa', 'profiles', 'invites'] },
  { name: 'commerce', lang: 'go', services: ['cart', 'checkout', 'orders', 'pricing', 'promotions', 'tax', 'invoices', 'refunds', 'subscriptions', 'wallet', 'payouts'] },
  { name: 'catalog', lang: 'node', services: ['products', 'categories', 'search', 'reviews', 'recommendations', 'media', 'inventory', 'bundles', 'brands', 'sitemap'] },
  { name: 'logistics', lang: 'go', services: ['shipping', 'tracking', 'warehouses', 'returns', 'carriers', 'labels', 'routing', 'slots', 'customs', 'fleet'] },
  { name: 'engagement', lang: 'node', services: ['notifications', 'emails', 'sms', 'push', 'newsletters', 'campaigns', 'loyalty', 'surveys', 'chat', 'feeds', 'badges'] },
  { name: 'platform', lang: 'python', services: ['gateway', 'graphql', 'webhooks', 'scheduler', 'exporter', 'flags', 'config', 'billing-sync', 'reports', 'analytics'] },
];
export const INFRA = ['postgres', 'redis', 'kafka', 'zookeeper', 'elasticsearch', 'kibana', 'rabbitmq', 'minio', 'mailpit', 'jaeger', 'prometheus', 'grafana', 'vault', 'memcached', 'clickhouse'];
export const INFRA_IMAGES = {
  postgres: 'postgres:16-alpine', redis: 'redis:7-alpine', kafka: 'bitnami/kafka:3.7', zookeeper: 'bitnami/zookeeper:3.9',
  elasticsearch: 'docker.elastic.co/elasticsearch/elasticsearch:8.14.0', kibana: 'docker.elastic.co/kibana/kibana:8.14.0',
  rabbitmq: 'rabbitmq:3.13-management', minio: 'minio/minio:RELEASE.2024-06-13T22-53-53Z', mailpit: 'axllent/mailpit:v1.18',
  jaeger: 'jaegertracing/all-in-one:1.58', prometheus: 'prom/prometheus:v2.53.0', grafana: 'grafana/grafana:11.1.0',
  vault: 'hashicorp/vault:1.17', memcached: 'memcached:1.6-alpine', clickhouse: 'clickhouse/clickhouse-server:24.5',
};
export const INFRA_PORTS = { postgres: 5432, redis: 6379, kafka: 9092, zookeeper: 2181, elasticsearch: 9200, kibana: 5601, rabbitmq: 15672, minio: 9001, mailpit: 8025, jaeger: 16686, prometheus: 9090, grafana: 3000, vault: 8200, memcached: 11211, clickhouse: 8123 };
export const BASES = { go: 'Dockerfile.go', node: 'Dockerfile.node', python: 'Dockerfile.python' };

/** One entry per service: its domain, language, container port and resource deps. */
export const catalog = [];
for (const d of DOMAINS) {
  d.services.forEach((s, j) => {
    const port = d.lang === 'node' ? 3000 : d.lang === 'python' ? 8000 : 8080;
    const deps = [];
    if (j > 0) deps.push(d.services[0]);
    if (j % 3 === 2) deps.push('postgres');
    if (j % 4 === 3) deps.push('redis');
    if (d.name === 'commerce' && j > 2) deps.push('kafka');
    catalog.push({ name: s, domain: d.name, lang: d.lang, port, deps, debug: j === 0, index: catalog.length });
  });
}
