// The misconceptions catalog: each detector on sentences written for this test (never taken from
// the seed tutorials), Japanese and English, that state the misconception and that do not.
import { describe, expect, it } from 'vitest';
import { detectMisconceptions, MISCONCEPTIONS } from '../../src/docs/misconceptions.js';

// id → [states it (ja), states it (en), correct or unrelated text that must not match (either language)]
const CASES: Record<string, { yes: string[]; no: string[] }> = {
  'crashloop-is-phase': {
    yes: ['再起動が続くと Pod のフェーズが CrashLoopBackOff になる。', 'CrashLoopBackOff is one of the Pod phases you will see.'],
    no: [
      'CrashLoopBackOff はコンテナの待機理由で、フェーズは Running のまま。',
      'The phase stays Running while the reason is CrashLoopBackOff.',
    ],
  },
  'succeed-phase': {
    yes: ['| Pending | 待ち |\n| Running | 実行中 |\n| Succeed | 正常終了 |', 'The phases are Pending, Running, Succeed and Failed.'],
    no: ['| Pending | 待ち |\n| Succeeded | 正常終了 |', 'Jobs succeed when their Pods reach the Succeeded phase.'],
  },
  'secret-is-encrypted': {
    yes: ['Secret の値は Base64 で暗号化されている。', 'Secrets are encrypted with base64 before they are stored.'],
    no: [
      'Secret の値は Base64 でエンコードされているだけで、誰でもデコードできる。',
      'Enable encryption at rest so that Secrets are encrypted in etcd.',
    ],
  },
  'readiness-restarts': {
    yes: ['Readiness probe が失敗するとコンテナが再起動される。', 'When the readiness probe fails, the kubelet restarts the container.'],
    no: ['readiness probe が失敗しても再起動はしない。', 'A failing readiness probe does not restart the container.'],
  },
  'clusterrole-in-namespace': {
    yes: ['ClusterRole と ClusterRoleBinding は同じ Namespace に属する必要がある。', 'A ClusterRole belongs to a namespace like a Role.'],
    no: ['ClusterRole はどの Namespace にも属さない。', 'A RoleBinding can reference a ClusterRole to grant it in one namespace.'],
  },
  'svc-twice': {
    yes: ['名前は web.shop.svc.svc.cluster.local になる。', 'Use web.shop.svc.svc.cluster.local from other namespaces.'],
    no: ['名前は web.shop.svc.cluster.local になる。', 'Use web.shop.svc.cluster.local from other namespaces.'],
  },
  'externalname-returns-pod': {
    yes: ['ExternalName の Service は Pod の CNAME を返す。', 'An ExternalName Service returns the pod name as a CNAME.'],
    no: ['ExternalName の Service は外部の DNS 名を CNAME で返す。', 'An ExternalName Service returns a CNAME for an outside name.'],
  },
  'kubectl-pulls-images': {
    yes: ['Pod の起動時に kubectl コマンドが実行され、イメージをプルする。', 'When the Pod starts, kubectl pulls the image.'],
    no: ['kubelet がイメージをプルする。', 'kubectl applies the manifest; the kubelet pulls the image.'],
  },
  'pending-means-scheduled': {
    yes: [
      'Pending: Pod はノードにスケジューリングされたが、コンテナはまだ起動していない。',
      'Pending means the Pod has been scheduled but containers are not running.',
    ],
    no: [
      'Pending の Pod はまだスケジュールされていないこともある。',
      'Pending: the Pod is not yet scheduled, or its images are being pulled.',
    ],
  },
  'running-all-containers': {
    yes: ['Running: Pod 内の全てのコンテナの起動が完了している。', 'Running means all containers are running.'],
    no: ['Running は少なくとも 1 つのコンテナが動いている状態。', 'Running: at least one container is running.'],
  },
  'container-phase': {
    yes: ['コンテナのライフサイクルフェーズは 3 つある。', 'A container phase can be Waiting, Running or Terminated.'],
    no: ['コンテナの状態は Waiting、Running、Terminated。', 'A container state can be Waiting, Running or Terminated.'],
  },
  'statefulset-uses-replicaset': {
    yes: ['StatefulSet は ReplicaSet を操作して Pod を維持する。', 'A StatefulSet manages a ReplicaSet, like a Deployment.'],
    no: ['StatefulSet は Pod を直接作る。', 'A Deployment manages ReplicaSets; a StatefulSet manages Pods itself.'],
  },
  'master-taint': {
    yes: ['テイント node-role.kubernetes.io/master:NoSchedule を外す。', 'Remove the node-role.kubernetes.io/master taint.'],
    no: ['テイント node-role.kubernetes.io/control-plane:NoSchedule を外す。', 'Remove the node-role.kubernetes.io/control-plane taint.'],
  },
  'docker-runtime': {
    yes: ['コンテナランタイムには Docker や containerd がある。', 'The container runtime is usually Docker.'],
    no: ['コンテナランタイムには containerd や CRI-O がある。', 'Docker images run on any container runtime that speaks CRI.'],
  },
  componentstatuses: {
    yes: ['クラスタの状態は kubectl get componentstatuses で見る。', 'Check health with kubectl get cs.'],
    no: ['kubectl get --raw=/readyz で API サーバーを確認する。', 'Check health with kubectl get --raw=/readyz?verbose.'],
  },
  'kube-proxy-userspace': {
    yes: ['kube-proxy のモードには iptables、userspace、ipvs がある。', 'kube-proxy can run in userspace mode.'],
    no: ['kube-proxy のモードは iptables、ipvs、nftables。', 'kube-proxy runs in iptables, ipvs or nftables mode.'],
  },
  'resolv-conf-clusterip': {
    yes: ['ClusterIP は Pod の /etc/resolv.conf に書かれている。', 'The Service IP is written to /etc/resolv.conf of each Pod.'],
    no: ['/etc/resolv.conf には DNS サーバーの IP が書かれる。', '/etc/resolv.conf names the cluster DNS server.'],
  },
  'pods-move': {
    yes: ['ノードが落ちると他のノードに Pod が移動する。', 'When a node fails, its pods are moved to another node.'],
    no: ['ノードが落ちるとコントローラーが新しい Pod を作る。', 'When a node fails, the controller creates new Pods elsewhere.'],
  },
  'register-node-kubectl': {
    yes: ['手動なら kubectl で --register-node=false とする。', 'Run kubectl with --register-node=false.'],
    no: ['kubelet の --register-node=false で自動登録を止める。', 'Start the kubelet with --register-node=false.'],
  },
  'ingress-needs-clusterip': {
    yes: ['Ingress のルーティング先は Cluster IP Service とする。', 'Ingress backends must be ClusterIP services.'],
    no: ['Ingress のルーティング先は Service。', 'An Ingress backend is a Service and a port.'],
  },
  'prestop-in-spec': {
    yes: ['spec.preStop に書いたコマンドが実行される。', 'The command in spec.preStop runs first.'],
    no: ['lifecycle.preStop に書いたコマンドが実行される。', 'The command in lifecycle.preStop runs first.'],
  },
  'component-calls-kubelet': {
    yes: ['kube-controller は kubelet に Pod の作成をコールする。', 'The scheduler tells the kubelet to start the Pod.'],
    no: ['kubelet は API サーバーを watch する。', 'The kubelet watches the API server for Pods bound to its node.'],
  },
  'deployment-manages-pods-directly': {
    yes: ['Deployment は直接 Pod を作成する。', 'A Deployment creates Pods directly.'],
    no: ['Deployment は ReplicaSet を作成する。', 'A Deployment creates a ReplicaSet, which creates Pods.'],
  },
  'clusterip-external': {
    yes: ['ClusterIP の Service はクラスタの外からもアクセスできる。', 'A ClusterIP Service is reachable from outside the cluster.'],
    no: ['ClusterIP の Service はクラスタの中からだけ使える。', 'A ClusterIP Service is not reachable from outside the cluster.'],
  },
};

describe('misconceptions catalog', () => {
  it('has at least 20 entries, each with Japanese and English detectors and the truth in both languages', () => {
    expect(MISCONCEPTIONS.length).toBeGreaterThanOrEqual(20);
    for (const m of MISCONCEPTIONS) {
      expect(m.ja.length, m.id).toBeGreaterThan(0);
      expect(m.en.length, m.id).toBeGreaterThan(0);
      expect(m.truth.ja.length, m.id).toBeGreaterThan(10);
      expect(m.truth.en.length, m.id).toBeGreaterThan(10);
      expect(CASES[m.id], `test sentences for ${m.id}`).toBeDefined();
    }
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id}: flags the sentences that state it (ja and en), and not the correct ones`, () => {
      for (const s of c.yes) expect(detectMisconceptions(s), s).toContain(id);
      for (const s of c.no) expect(detectMisconceptions(s), s).not.toContain(id);
    });
  }
});
