// Shell completion against the sandbox: names of namespaces and of objects in the namespace of -n
// come from the cluster (a list request within a short deadline), through bash and the real script.
import { describe, expect, inject, it } from 'vitest';
import { bashComplete } from '../support/bash-complete.js';
import { useNamespace } from './helpers.js';

const ns = useNamespace('completion');
const env = () => ({ KUBECONFIG: inject('kubeconfig') });

describe('bash completion with a cluster', () => {
  it('completes namespaces after -n', async () => {
    const namespace = ns();
    expect(await bashComplete(`kubexplain -n ${namespace.slice(0, -2)}`, env())).toEqual([namespace]);
  }, 30_000);

  it('completes TYPE/NAME and TYPE NAME from the objects of that namespace', async () => {
    const namespace = ns();
    // Every namespace gets the kube-root-ca.crt ConfigMap from the controller-manager.
    expect(await bashComplete(`kubexplain explain -n ${namespace} cm/kube`, env())).toEqual(['cm/kube-root-ca.crt']);
    expect(await bashComplete(`kubexplain explain -n ${namespace} configmap `, env())).toEqual(['kube-root-ca.crt']);
    expect(await bashComplete(`kubexplain -n ${namespace} explain sa/`, env())).toEqual(['sa/default']);
  }, 30_000);
});
