// A selector that catches Pods of more than one application: Pods whose app label
// (app.kubernetes.io/name, else app) differ all get the Service's traffic, e.g. a shared `tier=web`
// label over a site and its admin. Versions of one app (canary, blue/green) share the app label and
// are not reported. Pure.
import type { RoutedPod } from '../model/routing.js';

const APP_KEYS = ['app.kubernetes.io/name', 'app'] as const;

export interface MixedApps {
  key: string;
  /** Each app label value with the first Pod carrying it, in the order met. */
  apps: { value: string; pod: string; count: number }[];
}

export function mixedApps(selector: Record<string, string>, pods: readonly RoutedPod[]): MixedApps | undefined {
  for (const key of APP_KEYS) {
    // The selector pins this key: every selected Pod has the same value.
    if (selector[key] !== undefined) return undefined;
    const apps = new Map<string, { value: string; pod: string; count: number }>();
    for (const p of pods) {
      const value = p.metadata.labels?.[key];
      if (value === undefined) continue;
      const hit = apps.get(value);
      if (hit) hit.count++;
      else apps.set(value, { value, pod: p.metadata.name, count: 1 });
    }
    if (apps.size > 1) return { key, apps: [...apps.values()] };
    if (apps.size === 1) return undefined;
  }
  return undefined;
}
