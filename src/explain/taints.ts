// Taint/toleration matching as the scheduler does it (k8s.io/api/core/v1 Toleration.ToleratesTaint). Pure.
export interface Taint {
  key: string;
  value?: string;
  effect: string;
  timeAdded?: string;
}
export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** The toleration of `tols` that tolerates `t`, as the scheduler and the taint eviction controller match them. */
export function tolerationFor(tols: readonly Toleration[], t: Taint): Toleration | undefined {
  return tols.find((tol) => {
    if (tol.effect && tol.effect !== t.effect) return false;
    // An empty key with operator Exists matches every taint.
    if (!tol.key) return tol.operator === 'Exists';
    if (tol.key !== t.key) return false;
    return tol.operator === 'Exists' || (tol.value ?? '') === (t.value ?? '');
  });
}

export const tolerates = (tols: readonly Toleration[], t: Taint): boolean => tolerationFor(tols, t) !== undefined;
