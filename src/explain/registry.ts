// kind → explainer, registered once by API group and kind. Each explainer module loads on use, so a
// command links only the explainer it runs. The kind lists of --help, the README and the TUI come
// from here. Kinds without an entry get the generic explanation.
import type { Explainer } from './contract.js';

export interface Registration {
  group: string;
  kind: string;
  load: () => Promise<Explainer>;
}

const entry = (group: string, kind: string, load: () => Promise<{ explainer: Explainer }>): Registration => ({
  group,
  kind,
  load: async () => (await load()).explainer,
});

export const REGISTRY: readonly Registration[] = [
  entry('', 'ConfigMap', () => import('./configmap.js')),
  entry('', 'Secret', () => import('./secret.js')),
];

export function registrationFor(group: string, kind: string): Registration | undefined {
  return REGISTRY.find((r) => r.group === group && r.kind === kind);
}
