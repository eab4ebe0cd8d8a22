// The concept catalog: stable keys that findings carry, with the Japanese and English words that
// name each concept in documents and a one-line meaning. The first term of each list is the
// display name; the rest are synonyms. `related` words hint at the concept without naming it and
// count for little. Keys are part of the JSON contract: add keys, never rename them.

import { KIND_CONCEPTS } from './catalog-kinds.js';
import { PROBLEM_CONCEPTS } from './catalog-problems.js';

export interface Concept {
  key: string;
  ja: string[];
  en: string[];
  meaning: { ja: string; en: string };
  /** Words that hint at the concept (either language); weak evidence only. */
  related?: string[];
  /**
   * How people describe the problem in a question ("Pod が別のノードに移らない"): used only to tell
   * which concept a free-text query is about (matched by tokens), never as ranking words.
   */
  symptoms?: string[];
  /**
   * Headings under which the concept's words mean something else: "Ingress" under a NetworkPolicy
   * heading is an inbound rule, not the Ingress API.
   */
  notUnder?: string[];
  /** A failure, not a thing: retrieval prefers sections about causes, confirmation and fixes. */
  problem?: boolean;
}

const CORE_CONCEPTS: Concept[] = [
  // ── Pods and containers ─────────────────────────────────────────────────────────────────────
  {
    key: 'pod',
    ja: ['Pod', 'ポッド'],
    en: ['Pod', 'Pods'],
    meaning: {
      ja: '一緒にスケジュールされ、ネットワークとボリュームを共有する 1 つ以上のコンテナの組',
      en: 'One or more containers scheduled together that share a network namespace and volumes',
    },
  },
  {
    key: 'pod.phase',
    ja: ['Pod のフェーズ', 'フェーズ', 'Podのライフサイクル'],
    en: ['Pod phase', 'phase', 'Pod lifecycle'],
    meaning: {
      ja: 'Pod の大まかな段階（Pending / Running / Succeeded / Failed / Unknown）',
      en: "The Pod's coarse stage: Pending, Running, Succeeded, Failed or Unknown",
    },
    related: ['lifecycle', 'ライフサイクル', 'Pending', 'Succeeded', 'Pod'],
  },
  {
    key: 'pod.conditions',
    ja: ['Pod のコンディション', 'コンディション', 'Podの状態'],
    en: ['Pod conditions', 'conditions', 'condition', 'PodScheduled', 'ContainersReady', 'PodReadyToStartContainers'],
    meaning: {
      ja: 'Pod が満たした条件（PodScheduled、PodReadyToStartContainers、Initialized、ContainersReady、Ready）',
      en: 'Checkpoints a Pod has passed: PodScheduled, PodReadyToStartContainers, Initialized, ContainersReady, Ready',
    },
    related: ['Ready', 'Initialized', 'Pod'],
  },
  {
    key: 'pod.scheduling',
    ja: ['スケジューリング', 'Pod のスケジューリング', 'スケジューラ', 'スケジュール', 'ノードセレクタ'],
    en: ['scheduling', 'Pod scheduling', 'scheduler', 'kube-scheduler', 'nodeSelector', 'Unschedulable'],
    meaning: {
      ja: 'kube-scheduler が Pod を置くノードを選ぶ仕組みと、選べないときの理由',
      en: 'How kube-scheduler picks a node for a Pod, and why it sometimes cannot',
    },
    related: ['node selector', 'FailedScheduling', 'schedulingGates'],
    symptoms: ['Pod をノードに配置できない', 'Pod を別のノードへ移したい', 'Pod がスケジュールされない', 'pod is not scheduled', 'move a pod to another node'],
  },
  {
    key: 'pod.termination',
    ja: ['Pod の終了', 'Pod の削除', 'Pod が削除される', 'グレースフルシャットダウン', '終了処理'],
    en: ['Pod termination', 'graceful shutdown', 'Terminating', 'terminationGracePeriodSeconds', 'preStop'],
    meaning: {
      ja: 'Pod を止めるときの流れ（preStop、SIGTERM、猶予期間、SIGKILL）',
      en: 'How a Pod stops: preStop hook, SIGTERM, grace period, then SIGKILL',
    },
    related: ['SIGTERM', 'SIGKILL', 'deletionTimestamp'],
  },
  {
    key: 'container.state',
    ja: ['コンテナの状態', 'コンテナのステート', 'コンテナのライフサイクル', '再起動回数'],
    en: ['container state', 'container states', 'restart count', 'restartPolicy'],
    meaning: {
      ja: 'コンテナごとの状態（Waiting / Running / Terminated）と、その理由・終了コード・再起動回数',
      en: 'Each container is Waiting, Running or Terminated, with a reason, an exit code and a restart count',
    },
    related: ['Waiting', 'Terminated', 'exit code', '終了コード', 'back-off', 'CrashLoopBackOff', 'ImagePullBackOff', 'OOMKilled', 'ErrImagePull', 'CreateContainerConfigError'],
  },
  {
    key: 'container.init',
    ja: ['init コンテナ', '初期化コンテナ'],
    en: ['init container', 'init containers', 'initContainers'],
    meaning: {
      ja: 'アプリのコンテナより先に 1 つずつ実行され、成功して終わる必要があるコンテナ',
      en: 'Containers that run one by one to completion before the app containers start',
    },
  },
  {
    key: 'container.sidecar',
    ja: ['サイドカーコンテナ', 'サイドカー'],
    en: ['sidecar container', 'sidecar', 'sidecars'],
    meaning: {
      ja: 'restartPolicy: Always の init コンテナ。アプリより先に起動し、Pod が動く間ずっと動き続ける',
      en: 'An init container with restartPolicy: Always; it starts before the app and keeps running beside it',
    },
  },
  {
    key: 'probes',
    ja: ['ヘルスチェック', 'プローブ', 'コンテナのプローブ'],
    en: ['health check', 'probes', 'probe', 'container probes', 'health checks'],
    meaning: {
      ja: 'kubelet がコンテナを定期的に検査する仕組み（httpGet / tcpSocket / exec / grpc）。startup・liveness・readiness の 3 種類',
      en: 'Periodic checks the kubelet runs against a container (httpGet, tcpSocket, exec, grpc): startup, liveness and readiness',
    },
    related: ['livenessProbe', 'readinessProbe', 'startupProbe'],
    notUnder: ['kube-apiserver', 'API サーバー', 'API server'],
  },
  {
    key: 'probes.readiness',
    ja: ['Readiness probe', 'レディネスプローブ', 'readinessProbe'],
    en: ['readiness probe', 'readinessProbe', 'readiness'],
    meaning: {
      ja: 'コンテナがトラフィックを受けられるかの検査。失敗すると Service の転送先から外れる（再起動はしない）',
      en: 'Checks whether a container can take traffic; failing removes the Pod from Service endpoints, without a restart',
    },
    related: ['health check', 'ヘルスチェック', 'probe', 'プローブ', 'Ready'],
    notUnder: ['kube-apiserver', 'API サーバー', 'API server'],
  },
  {
    key: 'probes.liveness',
    ja: ['Liveness probe', 'ライブネスプローブ', 'livenessProbe', '死活監視'],
    en: ['liveness probe', 'livenessProbe', 'liveness'],
    meaning: {
      ja: 'コンテナが生きているかの検査。失敗が続くと kubelet がコンテナを再起動する',
      en: 'Checks whether a container is alive; repeated failures make the kubelet restart it',
    },
    related: ['health check', 'ヘルスチェック', 'probe', 'プローブ'],
    notUnder: ['kube-apiserver', 'API サーバー', 'API server'],
  },
  {
    key: 'probes.startup',
    ja: ['Startup probe', 'スタートアッププローブ', 'startupProbe', '起動プローブ'],
    en: ['startup probe', 'startupProbe'],
    meaning: {
      ja: '起動が遅いコンテナのための検査。成功するまで liveness / readiness probe を始めない',
      en: 'For slow-starting containers: liveness and readiness probes wait until it succeeds',
    },
    related: ['health check', 'ヘルスチェック', 'probe', 'プローブ'],
    notUnder: ['kube-apiserver', 'API サーバー', 'API server'],
  },
  {
    key: 'resources',
    ja: ['リソース要求と制限', 'リソース要求', 'リソース制限', 'リソース管理', 'リソース使用量'],
    en: ['resource requests and limits', 'resource requests', 'resource limits', 'requests', 'limits'],
    meaning: {
      ja: 'requests はスケジューリングで確保する量、limits は超えられない上限（メモリ超過は OOMKilled）',
      en: 'Requests are reserved for scheduling; limits are hard caps (memory over the limit is OOMKilled)',
    },
    related: ['CPU とメモリ', 'CPU and memory', 'millicores', 'OOMKilled', 'CPU', 'メモリ', 'memory'],
  },
  {
    key: 'qos',
    ja: ['QoS クラス', 'サービス品質'],
    en: ['QoS class', 'quality of service', 'Guaranteed', 'Burstable', 'BestEffort'],
    meaning: {
      ja: 'requests と limits から決まる Pod の優先度（Guaranteed / Burstable / BestEffort）。退避の順番に効く',
      en: 'Guaranteed, Burstable or BestEffort, derived from requests and limits; decides eviction order',
    },
    related: ['eviction', '退避'],
  },
  {
    key: 'events',
    // Plain "イベント" is also a conference ("技術イベント") in prose: a related word, not a name.
    ja: ['Event', 'イベントの記録'],
    en: ['Events', 'event', 'kubectl events'],
    meaning: {
      ja: 'コンポーネントが記録する出来事の履歴（スケジュール失敗、イメージ取得、probe 失敗など）。既定で約 1 時間で消える',
      en: 'What components report happening to an object (scheduling, image pulls, probe failures); kept about an hour by default',
    },
    related: ['イベント', 'kubectl get events', 'involvedObject'],
  },
  // ── Scheduling and nodes ────────────────────────────────────────────────────────────────────
  {
    key: 'control-plane',
    ja: ['コントロールプレーン', 'マスターノード', 'マスターコンポーネント'],
    en: ['control plane', 'control-plane components', 'master node'],
    meaning: {
      ja: 'クラスタを管理する部品：kube-apiserver、etcd、kube-scheduler、kube-controller-manager など',
      en: 'The parts that run the cluster: kube-apiserver, etcd, kube-scheduler, kube-controller-manager and others',
    },
    related: ['kube-apiserver', 'etcd', 'kube-controller-manager', 'kube-scheduler'],
  },
  {
    key: 'kubelet',
    ja: ['kubelet'],
    en: ['kubelet'],
    meaning: {
      ja: '各ノードで Pod のコンテナを起動・監視し、probe を実行し、状態を API サーバへ報告するエージェント',
      en: "The agent on each node that starts and watches a Pod's containers, runs probes and reports status",
    },
    related: ['コンテナランタイム', 'container runtime', 'CRI'],
  },
  {
    key: 'node',
    ja: ['Node', 'ノード', 'ワーカーノード', 'ワーカノード'],
    en: ['Node', 'nodes', 'worker node'],
    meaning: {
      ja: 'Pod を動かすマシン。kubelet が状態（Ready、MemoryPressure など）を報告する',
      en: 'A machine that runs Pods; its kubelet reports conditions such as Ready and MemoryPressure',
    },
    related: ['kubelet', 'cordon', 'drain'],
  },
  {
    key: 'taints.tolerations',
    ja: ['テイントとトレレーション', 'テイント', 'トレレーション', 'Taint', 'Toleration'],
    en: ['taints and tolerations', 'taint', 'toleration', 'tolerations', 'taints'],
    meaning: {
      ja: 'ノードのテイントは Pod を遠ざけ、Pod のトレレーションはそれを許す（NoSchedule / PreferNoSchedule / NoExecute）',
      en: 'A node taint repels Pods; a Pod toleration lets it stay or be scheduled (NoSchedule, PreferNoSchedule, NoExecute)',
    },
    related: ['NoSchedule', 'NoExecute', 'kubectl taint'],
  },
  {
    key: 'affinity',
    ja: ['アフィニティ', 'ノードアフィニティ', 'アンチアフィニティ', 'トポロジー分散'],
    en: ['affinity', 'node affinity', 'pod affinity', 'anti-affinity', 'topology spread constraints'],
    meaning: {
      ja: 'ノードのラベルや他の Pod の位置に応じて配置先を必須・優先で指定するルール',
      en: 'Required or preferred placement rules based on node labels or where other Pods run',
    },
    related: ['topologyKey', 'nodeAffinity', 'podAntiAffinity'],
  },
  // ── Workloads and ownership ─────────────────────────────────────────────────────────────────
  {
    key: 'owner.replicaset',
    ja: ['ReplicaSet', 'オーナー参照', '所有者参照'],
    en: ['ReplicaSet', 'owner reference', 'ownerReferences', 'controller reference'],
    meaning: {
      ja: 'この Pod は ReplicaSet が作って管理している（metadata.ownerReferences）。直接消しても作り直される',
      en: 'The Pod is created and managed by a ReplicaSet (metadata.ownerReferences); delete it and it is replaced',
    },
    related: ['garbage collection', 'ガベージコレクション', 'レプリカ'],
  },
  {
    key: 'owner.deployment',
    ja: ['Deployment', 'デプロイメント', 'Deployment と ReplicaSet'],
    en: ['Deployment', 'Deployments', 'Deployment and ReplicaSet', 'pod-template-hash'],
    meaning: {
      ja: 'Deployment が ReplicaSet を作り、ReplicaSet が Pod を作る。変更は Deployment に対して行う',
      en: 'A Deployment owns ReplicaSets, which own Pods; make changes on the Deployment',
    },
    related: ['ReplicaSet', 'ownerReferences'],
  },
  {
    key: 'replicaset',
    ja: ['ReplicaSet', 'レプリカセット', 'レプリカ数'],
    en: ['ReplicaSet', 'replica set', 'replicas'],
    meaning: {
      ja: 'ラベルセレクタに合う Pod を指定数に保つコントローラ。普通は Deployment が管理する',
      en: 'Keeps a set number of Pods matching its selector running; usually managed by a Deployment',
    },
    related: ['レプリカ', 'scale', 'スケール'],
  },
  {
    key: 'deployment.rollout',
    ja: ['ロールアウト', 'ローリングアップデート', 'デプロイ戦略', 'ロールバック', 'Deployment 戦略'],
    en: ['rollout', 'rolling update', 'RollingUpdate', 'Recreate', 'deployment strategy', 'rollback', 'maxSurge', 'maxUnavailable'],
    meaning: {
      ja: '新しい ReplicaSet を増やし古いものを減らして Pod を入れ替える手順。maxSurge / maxUnavailable で速さを決める',
      en: 'Replacing Pods by scaling a new ReplicaSet up and the old one down, paced by maxSurge and maxUnavailable',
    },
    related: ['Deployment', 'revision', 'リビジョン', 'progressDeadlineSeconds'],
  },
  {
    key: 'statefulset',
    ja: ['StatefulSet', 'ステートフルセット'],
    en: ['StatefulSet', 'stateful set'],
    meaning: {
      ja: '安定した名前（name-0、name-1…）と Pod ごとのボリュームを持つ Pod を順番に管理するコントローラ',
      en: 'Runs Pods with stable names (name-0, name-1, …) and per-Pod volumes, in order',
    },
    related: ['volumeClaimTemplates', 'ordinal', 'ステートフル', 'stateful'],
  },
  {
    key: 'daemonset',
    ja: ['DaemonSet', 'デーモンセット'],
    en: ['DaemonSet', 'daemon set'],
    meaning: {
      ja: '対象のノードごとに Pod を 1 つずつ動かすコントローラ（ログ収集、CNI、kube-proxy など）',
      en: 'Runs one Pod on each eligible node (log shippers, CNI agents, kube-proxy)',
    },
  },
  {
    key: 'job',
    ja: ['Job', 'ジョブ', 'バッチ処理'],
    en: ['Job', 'Jobs', 'batch job'],
    meaning: {
      ja: 'Pod を完了まで実行し、失敗したら backoffLimit まで再試行するコントローラ',
      en: 'Runs Pods to completion, retrying failures up to backoffLimit',
    },
    related: ['completions', 'parallelism', 'backoffLimit', '並列実行'],
  },
  {
    key: 'cronjob',
    ja: ['CronJob', 'クーロンジョブ', '定期実行'],
    en: ['CronJob', 'cron job', 'scheduled job'],
    meaning: {
      ja: 'cron 形式のスケジュールで Job を作るコントローラ',
      en: 'Creates Jobs on a cron schedule',
    },
    related: ['cron', 'schedule', 'concurrencyPolicy'],
  },
  {
    key: 'hpa',
    ja: ['HorizontalPodAutoscaler', 'オートスケール', 'HPA', 'オートスケーリング'],
    en: ['HorizontalPodAutoscaler', 'HPA', 'autoscaling', 'autoscaler'],
    meaning: {
      ja: 'メトリクスに応じて Deployment などのレプリカ数を自動で増減するコントローラ',
      en: 'Scales the replicas of a Deployment or similar up and down from metrics',
    },
    related: ['metrics-server', 'スケール'],
  },
  // ── Services and routing ────────────────────────────────────────────────────────────────────
  {
    key: 'service',
    ja: ['Service', 'サービス', 'サービスディスカバリ'],
    en: ['Service', 'Services', 'Kubernetes Service', 'service discovery'],
    meaning: {
      ja: 'ラベルセレクタで選んだ Pod の集合に、変わらない名前と仮想 IP で到達させる仕組み',
      en: 'A stable name and virtual IP in front of the set of Pods its selector picks',
    },
    related: ['targetPort'],
  },
  {
    key: 'service.clusterip',
    ja: ['ClusterIP', 'クラスタ IP', 'ClusterIP Service'],
    en: ['ClusterIP', 'cluster IP', 'ClusterIP Service'],
    meaning: {
      ja: '既定の Service タイプ。クラスタ内からだけ届く仮想 IP を割り当てる',
      en: 'The default Service type: a virtual IP reachable from inside the cluster only',
    },
    related: ['virtual IP', '仮想IP'],
  },
  {
    key: 'service.nodeport',
    ja: ['NodePort', 'ノードポート', 'NodePort Service'],
    en: ['NodePort', 'node port', 'NodePort Service'],
    meaning: {
      ja: '全ノードの同じポート（既定で 30000–32767）で Service を公開するタイプ',
      en: 'Exposes the Service on the same port of every node (30000–32767 by default)',
    },
  },
  {
    key: 'service.loadbalancer',
    ja: ['LoadBalancer', 'LoadBalancer Service', 'ロードバランサ'],
    en: ['LoadBalancer', 'LoadBalancer Service', 'type LoadBalancer', 'external load balancer'],
    meaning: {
      ja: 'クラウドなどの外部ロードバランサを用意させて Service を公開するタイプ',
      en: 'Asks the cloud (or a load-balancer controller) for an external load balancer in front of the Service',
    },
    related: ['EXTERNAL-IP', 'load balancer'],
  },
  {
    key: 'service.headless',
    ja: ['Headless Service', 'ヘッドレスサービス', 'ヘッドレス'],
    en: ['headless Service', 'headless', 'clusterIP: None'],
    meaning: {
      ja: 'clusterIP: None の Service。仮想 IP を持たず、DNS が Pod の IP を直接返す',
      en: 'A Service with clusterIP: None: no virtual IP; DNS returns the Pod IPs directly',
    },
  },
  {
    key: 'service.externalname',
    ja: ['ExternalName', 'ExternalName Service'],
    en: ['ExternalName', 'external name', 'ExternalName Service'],
    meaning: {
      ja: 'DNS の CNAME で外部の名前を指すだけの Service。プロキシもセレクタもない',
      en: 'A Service that is only a DNS CNAME to another name; no proxying, no selector',
    },
    related: ['CNAME'],
  },
  {
    key: 'service.endpoints',
    ja: ['エンドポイント', 'Endpoints', '転送先'],
    en: ['Endpoints', 'service endpoints', 'backends', 'endpoint'],
    meaning: {
      ja: 'Service が実際に転送する Pod の IP とポート。セレクタに合い Ready な Pod だけが入る',
      en: 'The Pod IPs and ports a Service forwards to; only Ready Pods matching the selector are in',
    },
    related: ['targetPort', 'EndpointSlice'],
    notUnder: ['kube-apiserver', 'API サーバー', 'API server'],
  },
  {
    key: 'endpointslice',
    ja: ['EndpointSlice', 'エンドポイントスライス'],
    en: ['EndpointSlice', 'EndpointSlices', 'endpoint slice'],
    meaning: {
      ja: 'Service の転送先を分割して持つ API。各エンドポイントに ready / serving / terminating の状態がある',
      en: "The API that holds a Service's backends in slices, each endpoint with ready, serving and terminating",
    },
    related: ['discovery.k8s.io', 'serving', 'terminating'],
  },
  {
    key: 'labels.selector',
    ja: ['ラベルセレクタ', 'Label セレクタ', 'セレクタ', 'ラベル', 'Label'],
    en: ['label selector', 'selector', 'labels', 'matchLabels', 'label'],
    meaning: {
      ja: 'ラベル（キーと値）で対象を選ぶ条件。Service、Deployment、NetworkPolicy などが使う',
      en: 'A condition on labels (key=value) that picks objects; used by Services, Deployments, NetworkPolicies',
    },
    related: ['matchExpressions', 'annotation', 'アノテーション'],
  },
  {
    key: 'kube-proxy',
    ja: ['kube-proxy', 'Kubernetes proxy'],
    en: ['kube-proxy', 'Kubernetes proxy', 'iptables', 'nftables', 'IPVS'],
    meaning: {
      ja: '各ノードで Service の仮想 IP 宛ての通信を転送先 Pod へ振り分ける規則を作るコンポーネント',
      en: 'Runs on each node and programs the rules that send Service virtual-IP traffic to backend Pods',
    },
    related: ['プロキシ', 'proxy mode'],
  },
  {
    key: 'ingress',
    ja: ['Ingress', 'イングレス'],
    en: ['Ingress', 'Ingresses'],
    meaning: {
      ja: 'ホスト名とパスで HTTP(S) を Service に振り分けるルール。実際に動かすのは Ingress コントローラ',
      en: 'HTTP(S) routing rules by host and path to Services; an Ingress controller carries them out',
    },
    related: ['TLS', 'path', 'Ingress controller', 'Ingressコントローラ'],
    notUnder: ['NetworkPolicy', 'ネットワークポリシー', 'policyTypes'],
  },
  {
    key: 'ingressclass',
    ja: ['IngressClass', 'Ingress コントローラ', 'イングレスコントローラ'],
    en: ['IngressClass', 'Ingress controller', 'ingress class', 'ingressClassName'],
    meaning: {
      ja: 'どの Ingress コントローラが Ingress を担当するかを決める。ingressClassName で指定し、既定のクラスもある',
      en: 'Names which Ingress controller handles an Ingress, through ingressClassName or the default class',
    },
    related: ['ingress-nginx', 'Gateway API'],
  },
  {
    key: 'networkpolicy',
    ja: ['NetworkPolicy', 'ネットワークポリシー'],
    en: ['NetworkPolicy', 'network policy', 'network policies'],
    meaning: {
      ja: 'Pod への受信・Pod からの送信を許可するルール。選ばれた Pod は許可された通信以外を拒否される（CNI の対応が必要）',
      en: 'Allow rules for traffic to and from Pods; selected Pods refuse everything not allowed (needs CNI support)',
    },
    related: ['Egress', 'podSelector', 'CNI'],
  },
  // ── DNS ─────────────────────────────────────────────────────────────────────────────────────
  {
    key: 'dns.service',
    ja: ['Service の DNS', '名前解決', 'DNS', 'クラスタ DNS', 'CoreDNS'],
    en: ['Service DNS', 'DNS name', 'DNS', 'cluster DNS', 'CoreDNS', 'name resolution'],
    meaning: {
      ja: 'Service には <service>.<namespace>.svc.<クラスタドメイン> の名前が付き、クラスタ IP（headless なら Pod の IP）に解決される',
      en: 'A Service is named <service>.<namespace>.svc.<cluster-domain> and resolves to its cluster IP (Pod IPs when headless)',
    },
    related: ['resolv.conf', 'cluster.local', 'kube-dns', 'nslookup', 'Aレコード', 'A record'],
  },
  {
    key: 'dns.srv',
    ja: ['SRV レコード'],
    en: ['SRV record', 'SRV records', 'SRV'],
    meaning: {
      ja: '名前付きポートごとの _<port>._<protocol>.<service>.<namespace>.svc.<ドメイン> レコード。ポート番号も分かる',
      en: 'Per named port: _<port>._<protocol>.<service>.<namespace>.svc.<domain>, which also carries the port number',
    },
    related: ['レコードタイプ', 'record type'],
  },
  {
    key: 'dns.pod',
    ja: ['Pod の DNS', 'Podの名前解決', 'Pod の DNS 名'],
    en: ['Pod DNS', 'Pod DNS name', 'hostname and subdomain', 'dnsPolicy'],
    meaning: {
      ja: 'Pod の IP 由来の名前と、hostname / subdomain と headless Service による安定した名前',
      en: 'Names derived from the Pod IP, and stable names through hostname, subdomain and a headless Service',
    },
    related: ['resolv.conf', 'DNS', 'subdomain'],
  },
  // ── Configuration, storage, cluster ────────────────────────────────────────────────────────
  {
    key: 'configmap',
    ja: ['ConfigMap', 'コンフィグマップ'],
    en: ['ConfigMap', 'ConfigMaps', 'config map'],
    meaning: {
      ja: '機密でない設定値をキーと値で持ち、環境変数やファイルとして Pod に渡すオブジェクト',
      en: 'Non-secret settings as key/value pairs, given to Pods as environment variables or files',
    },
    related: ['設定', 'configuration'],
  },
  {
    key: 'secret',
    ja: ['Secret', 'シークレット'],
    en: ['Secret', 'Secrets'],
    meaning: {
      ja: 'パスワードやトークンを持つオブジェクト。base64 は暗号化ではないので RBAC で守る',
      en: 'Holds passwords and tokens; base64 is not encryption, so protect it with RBAC',
    },
    related: ['base64', '機密情報', 'imagePullSecrets'],
  },
  {
    key: 'volumes',
    ja: ['ボリューム', 'Volume'],
    en: ['volume', 'volumes', 'volumeMounts'],
    meaning: {
      ja: 'Pod のコンテナにマウントするストレージ。emptyDir は Pod と共に消え、PVC を使うと Pod より長く残る',
      en: "Storage mounted into a Pod's containers; emptyDir lives and dies with the Pod, a PVC outlives it",
    },
    related: ['マウント', 'mount', 'projected', 'emptyDir', 'hostPath'],
  },
  {
    key: 'pvc',
    ja: ['PersistentVolumeClaim', 'PVC', '永続ボリューム要求'],
    en: ['PersistentVolumeClaim', 'PVC', 'persistent volume claim', 'volume claim'],
    meaning: {
      ja: 'Pod が使うストレージの要求。StorageClass により PersistentVolume が用意され、Bound になると使える',
      en: 'A request for storage; a StorageClass provisions a PersistentVolume and the claim becomes Bound',
    },
    related: ['StorageClass', 'PersistentVolume', '永続化'],
  },
  {
    key: 'pv',
    ja: ['PersistentVolume', '永続ボリューム', 'PV'],
    en: ['PersistentVolume', 'persistent volume', 'PV'],
    meaning: {
      ja: 'クラスタのストレージ 1 つ分を表すクラスタ全体のオブジェクト。PVC に結び付けて使う',
      en: 'A cluster-wide object for one piece of storage, used through a PersistentVolumeClaim bound to it',
    },
    related: ['StorageClass', 'reclaimPolicy', '永続化'],
  },
  {
    key: 'namespace',
    ja: ['Namespace', '名前空間', 'ネームスペース'],
    en: ['Namespace', 'Namespaces'],
    meaning: {
      ja: 'オブジェクトの名前を区切る範囲。RBAC、ResourceQuota、NetworkPolicy の単位にもなる',
      en: 'A scope for object names; also the unit of RBAC, ResourceQuota and NetworkPolicy',
    },
  },
  {
    key: 'resourcequota',
    ja: ['ResourceQuota', 'リソースクォータ', 'クォータ'],
    en: ['ResourceQuota', 'ResourceQuotas', 'resource quota', 'quota'],
    meaning: {
      ja: 'Namespace 全体で使えるリソース量とオブジェクト数の上限。超える作成は API サーバーが拒否する',
      en: 'Caps on the total resources and object counts of a namespace; creates beyond them are refused',
    },
    related: ['hard', 'used', 'FailedCreate', 'exceeded quota'],
  },
  {
    key: 'limitrange',
    ja: ['LimitRange', 'リミットレンジ'],
    en: ['LimitRange', 'LimitRanges', 'limit range'],
    meaning: {
      ja: 'Namespace 内のコンテナや PVC ごとの requests/limits の既定値と最小・最大値',
      en: 'Per-container (or per-PVC) default requests/limits and their minimum and maximum in a namespace',
    },
    related: ['defaultRequest', 'default limits', 'maxLimitRequestRatio'],
  },
  {
    key: 'serviceaccount',
    ja: ['ServiceAccount', 'サービスアカウント'],
    en: ['ServiceAccount', 'service account', 'service accounts'],
    meaning: {
      ja: 'Pod の中のプロセスが API に対して名乗る身元。system:serviceaccount:<ns>:<name> として認可される',
      en: 'The identity processes in a Pod use with the API, authorized as system:serviceaccount:<ns>:<name>',
    },
    related: ['token', 'トークン', 'Account', 'アカウント'],
  },
  // ── RBAC ────────────────────────────────────────────────────────────────────────────────────
  {
    key: 'rbac.role',
    ja: ['Role', 'ClusterRole', 'ロール'],
    en: ['Role', 'ClusterRole', 'RBAC role', 'roles'],
    meaning: {
      ja: '許可の一覧（apiGroups・resources・verbs のルール）。Role は Namespace 内、ClusterRole はクラスタ全体',
      en: 'A list of allow rules (apiGroups, resources, verbs); a Role is namespaced, a ClusterRole cluster-wide',
    },
    related: ['verbs', 'rules', 'RBAC'],
  },
  {
    key: 'rbac.binding',
    ja: ['RoleBinding', 'ClusterRoleBinding', 'ロールバインディング'],
    en: ['RoleBinding', 'ClusterRoleBinding', 'role binding', 'role bindings'],
    meaning: {
      ja: 'ロールをサブジェクト（ユーザー・グループ・ServiceAccount）に結びつける。RoleBinding の効果はその Namespace 内だけ',
      en: 'Grants a role to subjects (users, groups, ServiceAccounts); a RoleBinding grants only inside its namespace',
    },
    related: ['roleRef', 'RBAC'],
  },
  {
    key: 'rbac.authorization',
    ja: ['認可', 'RBAC', 'アクセス制御', 'ロールベースアクセス制御'],
    en: ['RBAC', 'authorization', 'role-based access control', 'access control', 'SubjectAccessReview'],
    meaning: {
      ja: 'API サーバがリクエスト（誰が・どの verb で・どのリソースに）を許可するかの判断。RBAC は許可を足していくだけで拒否ルールはない',
      en: 'How the API server decides whether a request (who, verb, resource) is allowed; RBAC only adds permissions, it has no deny rules',
    },
    related: ['権限', 'permission', 'can-i', '認証', 'authentication'],
  },
  {
    key: 'rbac.subjects',
    ja: ['サブジェクト', 'ユーザーとグループ'],
    en: ['subjects', 'subject', 'users and groups'],
    meaning: {
      ja: 'バインディングが権限を与える相手：User、Group、ServiceAccount。system:authenticated などの組み込みグループもある',
      en: 'Whom a binding grants to: User, Group or ServiceAccount, including built-in groups like system:authenticated',
    },
    related: ['User', 'Group', 'ユーザー', 'グループ', 'system:serviceaccounts', 'UserAccount', 'Account', 'アカウント'],
  },
  {
    key: 'rbac.aggregation',
    ja: ['ClusterRole の集約', '集約 ClusterRole', '集約'],
    en: ['aggregated ClusterRole', 'aggregationRule', 'role aggregation', 'aggregation'],
    meaning: {
      ja: 'aggregationRule のラベルセレクタに合う ClusterRole のルールを自動で合成する仕組み（admin / edit / view など）',
      en: 'A ClusterRole whose rules are the union of ClusterRoles matching its aggregationRule selectors (admin, edit, view)',
    },
    related: ['clusterRoleSelectors'],
  },
  {
    key: 'rbac.escalation',
    ja: ['権限昇格', '特権昇格', 'エスカレーション'],
    en: ['privilege escalation', 'escalation', 'escalate', 'bind verb', 'impersonate'],
    meaning: {
      ja: '自分にない権限を持つロールは作れず結び付けられない。escalate・bind・impersonate の verb はその制限を外す',
      en: 'You cannot create or bind a role with permissions you lack; the escalate, bind and impersonate verbs lift that',
    },
  },
];

export const CONCEPTS: readonly Concept[] = [...CORE_CONCEPTS, ...PROBLEM_CONCEPTS, ...KIND_CONCEPTS];

const BY_KEY = new Map(CONCEPTS.map((c) => [c.key, c]));

export function getConcept(key: string): Concept | undefined {
  return BY_KEY.get(key);
}

export function conceptKeys(): string[] {
  return CONCEPTS.map((c) => c.key);
}
