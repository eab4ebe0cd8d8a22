// Well-known misconceptions that tutorials repeat, each with a precise detector over a section's
// text (Japanese and English wording) and what is true as of Kubernetes v1.36, in our words. When a
// cited or searched section matches one, its reference carries the caution. Pure.
import type { Section } from './types.js';

export interface Misconception {
  id: string;
  /** Patterns over the section's heading and text (NFKC, lines joined by spaces); any one matches. */
  ja: RegExp[];
  en: RegExp[];
  /** A match is ignored when the same text also says this (the tutorial already corrects itself). */
  unless?: RegExp;
  truth: { ja: string; en: string };
}

export const MISCONCEPTIONS: readonly Misconception[] = [
  {
    id: 'crashloop-is-phase',
    ja: [/CrashLoopBackOff\s*(?:という|の|は)?\s*(?:Pod\s*の)?\s*フェーズ/, /フェーズ\s*(?:が|は|:|：)\s*CrashLoopBackOff/],
    en: [/CrashLoopBackOff\s+(?:is\s+)?(?:a|the|one)\s+(?:of the\s+)?(?:pod\s+)?phases?\b/i, /\bphase\s+(?:is|becomes|changes to|of)\s+CrashLoopBackOff/i],
    truth: {
      ja: 'CrashLoopBackOff は Pod のフェーズではなく、コンテナの Waiting 状態の理由。その間 Pod のフェーズは多くの場合 Running のまま',
      en: "CrashLoopBackOff is not a Pod phase but the reason of a container's Waiting state; the Pod's phase usually stays Running",
    },
  },
  {
    id: 'succeed-phase',
    ja: [/(?:Pending|Running)[\s\S]{0,400}\|\s*Succeed\s*\|/, /フェーズ[^。]{0,40}\bSucceed\b(?!ed)/],
    en: [/\bphases?\b[^.]{0,80}\bSucceed\b(?!ed)/i, /(?:Pending|Running)[\s\S]{0,400}\|\s*Succeed\s*\|/],
    truth: {
      ja: 'フェーズの名前は Succeeded（Succeed ではない）。すべてのコンテナが終了コード 0 で終わり、再起動されない状態',
      en: 'The phase is called Succeeded (not Succeed): every container exited with code 0 and none will restart',
    },
  },
  {
    id: 'secret-is-encrypted',
    ja: [/Base64\s*(?:で|により|による)?\s*暗号化/i, /Secret[^。]{0,60}(?:復号|暗号化されて保存)/, /(?:復号|暗号化されて保存)[^。]{0,40}Secret/],
    en: [/base64[^.]{0,30}\bencrypt/i, /\bSecrets?\b[^.]{0,40}\b(?:are|is)\s+(?:stored\s+)?encrypted\b/i, /\bdecrypt\w*[^.]{0,30}\bSecrets?\b/i],
    unless: /encryption at rest|EncryptionConfiguration|保存時の暗号化|at-rest/i,
    truth: {
      ja: 'Secret の値は Base64 でエンコードされているだけで暗号化ではない（デコードは誰でもできる）。etcd での暗号化は API サーバーに別途設定が要り、守りの基本は RBAC',
      en: 'Secret values are only base64-encoded, not encrypted (anyone can decode them); encryption in etcd needs API server configuration, and RBAC is the main protection',
    },
  },
  {
    id: 'readiness-restarts',
    ja: [/(?:Readiness|レディネス)\s*(?:probe|プローブ)?[^。]{0,60}(?:失敗|通らない)[^。]{0,30}再起動(?:する|され|させ)/i],
    en: [/\breadiness\s+probe\b[^.]{0,80}\b(?:restarts?|restarted|kills?|killed)\b/i],
    unless: /(?:does not|doesn't|never|without|not)\s+restart|再起動(?:しない|はしない|されない|せず)/i,
    truth: {
      ja: 'readiness probe が失敗してもコンテナは再起動されない。Pod が Ready でなくなり Service の転送先から外れるだけ。再起動するのは liveness（と startup）probe',
      en: 'A failing readiness probe never restarts the container: the Pod only stops being Ready and leaves Service endpoints; liveness (and startup) probes restart',
    },
  },
  {
    id: 'clusterrole-in-namespace',
    ja: [/ClusterRole(?:Binding)?\s*(?:と|および)\s*ClusterRole(?:Binding)?\s*は\s*同じ\s*Namespace/, /ClusterRole(?:Binding)?\s*は[^。]{0,20}Namespace\s*に属する/],
    en: [/ClusterRole(?:Binding)?s?\s+and\s+ClusterRole(?:Binding)?s?\s+(?:must|should|have to)\s+be\s+in\s+the\s+same\s+namespace/i, /ClusterRole(?:Binding)?s?\s+(?:belongs?\s+to|lives?\s+in|is\s+in)\s+(?:a|one|the)\s+namespace/i],
    truth: {
      ja: 'ClusterRole と ClusterRoleBinding はクラスタ全体のオブジェクトで、どの Namespace にも属さない（1 つの Namespace で使うなら RoleBinding から ClusterRole を参照する）',
      en: 'ClusterRoles and ClusterRoleBindings are cluster-scoped and belong to no namespace (to use a ClusterRole in one namespace, reference it from a RoleBinding)',
    },
  },
  {
    id: 'svc-twice',
    ja: [/\.svc\.svc\./i],
    en: [/\.svc\.svc\./i],
    truth: {
      ja: 'Service の DNS 名は SERVICE.NAMESPACE.svc.cluster.local（svc は 1 回）',
      en: "A Service's DNS name is SERVICE.NAMESPACE.svc.cluster.local (svc once)",
    },
  },
  {
    id: 'externalname-returns-pod',
    ja: [/ExternalName[^。]{0,60}Pod\s*の\s*(?:CNAME|名前|IP)/, /ExternalName[^。]{0,80}Pod\s*に\s*ルーティング/],
    en: [/ExternalName[^.]{0,80}\b(?:returns?|resolves? to|CNAME (?:of|to))\s+(?:the\s+|a\s+)?pod/i, /ExternalName[^.]{0,80}\broutes?\b[^.]{0,20}\bpods?\b/i],
    truth: {
      ja: 'ExternalName の Service は spec.externalName の名前を CNAME として返すだけ。Pod もプロキシも関わらない',
      en: 'An ExternalName Service only answers DNS with a CNAME to spec.externalName; no Pod and no proxying are involved',
    },
  },
  {
    id: 'kubectl-pulls-images',
    ja: [/kubectl\s*(?:コマンド)?\s*が\s*実行され[^。]{0,30}イメージ\s*を\s*プル/, /kubectl\s*(?:コマンド)?\s*が[^。]{0,20}イメージ\s*を\s*(?:プル|取得)する/],
    en: [/\bkubectl\s+(?:pulls|downloads|fetches)\s+(?:the\s+)?(?:container\s+)?images?\b/i],
    truth: {
      ja: 'イメージを取得するのはノードの kubelet（とコンテナランタイム）。kubectl は API サーバーと話すクライアントで、ノードでは動かない',
      en: 'The kubelet (through the container runtime) pulls images on the node; kubectl is a client of the API server and never runs there',
    },
  },
  {
    id: 'pending-means-scheduled',
    ja: [/Pending[^。]{0,40}スケジューリングされたが/, /Pending\s*(?:は|:|：)[^。]{0,30}(?:ノード|Node)\s*に\s*(?:割り当て|配置)られた/],
    en: [/\bPending\b[^.]{0,40}\b(?:has been|was|is already)\s+scheduled\b/i],
    unless: /not (?:yet )?(?:been )?scheduled|まだスケジュールされていない|スケジュール待ち/i,
    truth: {
      ja: 'Pending にはまだノードが決まっていない Pod も含まれる（スケジュール待ち、イメージ取得中など）',
      en: 'Pending also covers Pods that have no node yet (waiting to be scheduled), as well as those pulling images',
    },
  },
  {
    id: 'running-all-containers',
    ja: [/Running\s*\|?[^。]{0,30}(?:全て|すべて)の\s*コンテナ\s*の\s*起動が完了/],
    en: [/\bRunning\b[^.]{0,30}\ball (?:of the |its )?containers (?:are running|have started|are up)/i],
    truth: {
      ja: 'Running は、ノードに割り当てられすべてのコンテナが作られ、少なくとも 1 つが動いている（または起動・再起動中の）状態。全員が動いているとは限らず、Ready とも別',
      en: 'Running means bound to a node, all containers created and at least one running (or starting or restarting); not that all run, and not Ready',
    },
  },
  {
    id: 'container-phase',
    ja: [/コンテナ\s*の\s*(?:ライフサイクル\s*)?フェーズ/],
    en: [/\bcontainer(?:'s)?\s+(?:lifecycle\s+)?phases?\b/i],
    truth: {
      ja: 'フェーズを持つのは Pod。コンテナが持つのは状態（Waiting / Running / Terminated）とその理由',
      en: 'Pods have phases; containers have states (Waiting, Running, Terminated) with reasons',
    },
  },
  {
    id: 'statefulset-uses-replicaset',
    ja: [/StatefulSet[^。]{0,40}ReplicaSet\s*を\s*(?:操作|管理|使用|作成|使って)/],
    en: [/StatefulSets?\b[^.]{0,40}\b(?:manages?|uses?|creates?|controls?|operates?)\s+(?:a\s+|its\s+)?ReplicaSets?\b/i],
    truth: {
      ja: 'StatefulSet は ReplicaSet を使わず、Pod を直接作って番号順に管理する（履歴は ControllerRevision）',
      en: 'A StatefulSet uses no ReplicaSet: it creates and orders its Pods itself (history lives in ControllerRevisions)',
    },
  },
  {
    id: 'master-taint',
    ja: [/node-role\.kubernetes\.io\/master/],
    en: [/node-role\.kubernetes\.io\/master/],
    truth: {
      ja: 'コントロールプレーンのノードのラベルとテイントは node-role.kubernetes.io/control-plane。master の名前は v1.25 でなくなった',
      en: 'Control-plane nodes carry node-role.kubernetes.io/control-plane; the master label and taint were removed in v1.25',
    },
  },
  {
    id: 'docker-runtime',
    ja: [/コンテナランタイム[^。]{0,40}(?:Docker|Podman)(?![\s-]*(?:イメージ|image))/i],
    en: [/\bcontainer runtimes?\b[^.]{0,40}\b(?:Docker|Podman)\b(?!\s+images?)/i],
    unless: /dockershim|cri-dockerd/i,
    truth: {
      ja: 'Kubernetes は CRI のランタイム（containerd、CRI-O など）を使う。Docker Engine を直接使う dockershim は v1.24 で削除された（Docker で作ったイメージはそのまま動く）',
      en: 'Kubernetes uses CRI runtimes such as containerd and CRI-O; dockershim (Docker Engine support) was removed in v1.24, though Docker-built images still run',
    },
  },
  {
    id: 'componentstatuses',
    ja: [/kubectl\s+get\s+(?:componentstatuses|componentstatus|cs)\b/],
    en: [/kubectl\s+get\s+(?:componentstatuses|componentstatus|cs)\b/],
    truth: {
      ja: 'componentstatuses は v1.19 から非推奨で、正しく報告しないことがある。API サーバーの状態は kubectl get --raw=/readyz?verbose で見る',
      en: "componentstatuses is deprecated since v1.19 and may report wrongly; check the API server with kubectl get --raw='/readyz?verbose'",
    },
  },
  {
    id: 'kube-proxy-userspace',
    ja: [/kube-proxy[\s\S]{0,400}\buserspace\b/i],
    en: [/kube-proxy[\s\S]{0,400}\buserspace\b/i],
    truth: {
      ja: 'kube-proxy の userspace モードは v1.26 で削除された。モードは iptables、ipvs、nftables',
      en: "kube-proxy's userspace mode was removed in v1.26; the modes are iptables, ipvs and nftables",
    },
  },
  {
    id: 'resolv-conf-clusterip',
    ja: [/(?:ClusterIP|Cluster\s*ネットワークの\s*IP\s*アドレス)[^。]{0,30}resolv\.conf/i],
    en: [/\b(?:the Service'?s?|cluster|ClusterIP)\s*IP\b[^.]{0,30}\b(?:in|written to|listed in)\s+(?:the pod'?s\s+)?\/etc\/resolv\.conf/i],
    truth: {
      ja: 'Pod の /etc/resolv.conf にあるのはクラスタ DNS（kube-dns Service）の IP と検索ドメインで、各 Service の ClusterIP ではない',
      en: "A Pod's /etc/resolv.conf holds the cluster DNS server's IP (the kube-dns Service) and search domains, not each Service's ClusterIP",
    },
  },
  {
    id: 'pods-move',
    ja: [/(?:他|別)の\s*(?:ワーカー)?\s*(?:Node|ノード)\s*に\s*Pod\s*が\s*(?:退避|移動|移)/, /Pod\s*が\s*(?:他|別)の\s*(?:ワーカー)?\s*(?:Node|ノード)\s*に\s*(?:退避|移動|移)/],
    en: [/\bpods?\s+(?:are\s+|is\s+|get\s+)?(?:moved|migrated|evacuated)\s+to\s+(?:another|other|a different)\s+nodes?\b/i],
    truth: {
      ja: 'Pod が別のノードへ移ることはない。元の Pod は消え、コントローラーが別のノードに新しい Pod（新しい名前と IP）を作る',
      en: 'A Pod never moves: it is gone, and its controller creates a new Pod (new name, new IP) on another node',
    },
  },
  {
    id: 'register-node-kubectl',
    ja: [/kubectl[^。]{0,30}--register-node/],
    en: [/kubectl[^.]{0,30}--register-node/],
    truth: {
      ja: '--register-node は kubelet のフラグ。kubectl にはない',
      en: '--register-node is a kubelet flag, not a kubectl one',
    },
  },
  {
    id: 'ingress-needs-clusterip',
    ja: [/Ingress[^。]{0,40}(?:ルーティング先|バックエンド)[^。]{0,20}Cluster\s*IP\s*Service\s*(?:とする|にする|でなければ)/i],
    en: [/\bIngress\b[^.]{0,60}\b(?:backends?|services?)\b[^.]{0,20}\b(?:must|has to|needs to)\s+be\s+(?:a\s+|of type\s+)?ClusterIP\b/i],
    truth: {
      ja: 'Ingress のバックエンドはポートを持つ Service なら型を問わない（多くは ClusterIP だが必須ではない）',
      en: 'An Ingress backend can be any Service with a port; ClusterIP is common but not required',
    },
  },
  {
    id: 'prestop-in-spec',
    ja: [/spec\.preStop/],
    en: [/spec\.preStop/],
    truth: {
      ja: 'preStop はコンテナごとの spec.containers[].lifecycle.preStop に書く',
      en: 'preStop is set per container, in spec.containers[].lifecycle.preStop',
    },
  },
  {
    id: 'component-calls-kubelet',
    ja: [/(?:kube-controller|コントローラー?|kube-scheduler)[^。]{0,60}kubelet\s*に[^。]{0,20}(?:コール|指示|依頼|命令)/, /kube-scheduler\s*に[^。]{0,20}スケジューリングを\s*(?:コール|依頼)/],
    en: [/\b(?:controllers?|controller-manager|scheduler)\b[^.]{0,60}\b(?:calls?|tells?|instructs?|asks?)\s+(?:the\s+)?kubelet\b/i, /\bcontrollers?\b[^.]{0,40}\b(?:calls?|asks?)\s+(?:the\s+)?(?:kube-)?scheduler\b/i],
    truth: {
      ja: 'コンポーネントは互いを呼ばない。スケジューラーは未割り当ての Pod を、kubelet は自分のノードに割り当てられた Pod を、それぞれ API サーバーを watch して見つける',
      en: 'Components do not call each other: the scheduler watches the API server for unscheduled Pods, and each kubelet for Pods bound to its node',
    },
  },
  {
    id: 'deployment-manages-pods-directly',
    ja: [/Deployment\s*(?:は|が)\s*(?:直接|じかに)\s*Pod\s*を\s*(?:作成|管理|作る)/],
    en: [/\bDeployments?\b[^.]{0,30}\b(?:creates?|manages?)\s+(?:the\s+)?Pods\s+directly\b/i],
    truth: {
      ja: 'Deployment は ReplicaSet を作り、Pod を作るのは ReplicaSet',
      en: 'A Deployment creates ReplicaSets; the ReplicaSets create the Pods',
    },
  },
  {
    id: 'clusterip-external',
    ja: [/ClusterIP[^。]{0,40}(?:クラスタ|クラスター)\s*(?:の)?外(?:部)?\s*から\s*(?:も)?\s*(?:アクセス|接続)\s*(?:でき|可能)/],
    en: [/\bClusterIP\b[^.]{0,40}\b(?:reachable|accessible)\s+from\s+outside\b/i],
    unless: /not (?:reachable|accessible) from outside|外部からはアクセスできない|外部からアクセスできない/i,
    truth: {
      ja: 'ClusterIP はクラスタ内からだけ届く仮想 IP。外から使うには NodePort、LoadBalancer、Ingress、Gateway を使う',
      en: 'A ClusterIP is a virtual IP reachable only inside the cluster; from outside use NodePort, LoadBalancer, Ingress or Gateway',
    },
  },
];

const BY_ID = new Map(MISCONCEPTIONS.map((m) => [m.id, m]));

/** Changes when any detector does, so ids found ahead (the handbook's built index) are found again. */
export function misconceptionsKey(): string {
  return MISCONCEPTIONS.map((m) => [m.id, ...[...m.ja, ...m.en, ...(m.unless ? [m.unless] : [])].map(patternText)].join('\t')).join('\n');
}

/**
 * A pattern as text, the same whether it was written with its characters or as \\uXXXX escapes: the
 * bundle escapes every non-ASCII character (scripts/build.mjs), the build of the handbook's index runs
 * the sources, and a key that differed made every run of the bundle reject the built index.
 */
const patternText = (r: RegExp) => String(r).replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function getMisconception(id: string): Misconception | undefined {
  return BY_ID.get(id);
}

/** The misconceptions a text states, by id (in catalog order). */
export function detectMisconceptions(text: string): string[] {
  const t = text.normalize('NFKC').replace(/\s*\n\s*/g, ' ');
  const out: string[] = [];
  for (const m of MISCONCEPTIONS) {
    if (![...m.ja, ...m.en].some((re) => re.test(t))) continue;
    if (m.unless?.test(t)) continue;
    out.push(m.id);
  }
  return out;
}

const sectionCache = new WeakMap<Section, string[]>();

/** The misconceptions a section states in its heading, text or code. */
export function sectionMisconceptions(section: Section): string[] {
  if (section.misconceptions) return section.misconceptions;
  let ids = sectionCache.get(section);
  if (!ids) sectionCache.set(section, (ids = detectMisconceptions(`${section.heading}\n${section.body}\n${section.code}`)));
  return ids;
}
