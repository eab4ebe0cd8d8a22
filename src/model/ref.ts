/** A reference to one object in the cluster. `namespace` is absent for cluster-scoped kinds. */
export interface Ref {
  kind: string;
  name: string;
  namespace?: string;
}
