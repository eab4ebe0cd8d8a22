// Problem concepts: what a failing finding is about, precisely ("the image cannot be pulled", not
// "pod"). Each has a handbook section (cause, how to confirm with kubectl, fix) in ja and en.
// `problem: true` makes retrieval prefer sections that explain causes and fixes over definitions.
import type { Concept } from './catalog.js';

export const PROBLEM_CONCEPTS: readonly Concept[] = [
  {
    key: 'image.pull',
    problem: true,
    ja: ['イメージの取得失敗', 'イメージのプル失敗', 'イメージのプル', 'ImagePullBackOff', 'ErrImagePull', 'ErrImageNeverPull', 'InvalidImageName'],
    en: ['image pull failure', 'ImagePullBackOff', 'ErrImagePull', 'image pull', 'pulling images', 'ErrImageNeverPull', 'InvalidImageName'],
    meaning: {
      ja: 'kubelet がコンテナイメージを取得できない状態。名前やタグの誤り、レジストリの認証、レジストリに届かないことが原因',
      en: 'The kubelet cannot fetch the container image: a wrong name or tag, registry credentials, or an unreachable registry',
    },
    related: ['image', 'イメージ', 'registry', 'レジストリ', 'tag', 'タグ', 'imagePullPolicy', 'manifest unknown'],
  },
  {
    key: 'image.pull-secret',
    problem: true,
    ja: ['イメージプルシークレット', 'imagePullSecrets', 'プライベートレジストリ'],
    en: ['image pull secret', 'imagePullSecrets', 'private registry', 'registry credentials'],
    meaning: {
      ja: 'プライベートレジストリの認証情報を持つ Secret。Pod か ServiceAccount の imagePullSecrets で指定する',
      en: "A Secret holding registry credentials, listed in the Pod's or its ServiceAccount's imagePullSecrets",
    },
    related: ['イメージのプル', 'image pull', 'イメージ', 'docker-registry', 'dockerconfigjson', 'unauthorized', '401', '403', '認証'],
  },
  {
    key: 'container.crashloop',
    problem: true,
    ja: ['クラッシュループ', 'CrashLoopBackOff'],
    en: ['crash loop', 'CrashLoopBackOff', 'restart loop'],
    meaning: {
      ja: 'コンテナが起動しては終了を繰り返し、kubelet が次の再起動までの待ち時間を延ばしている状態',
      en: 'The container starts and exits over and over; the kubelet waits longer before each restart',
    },
    related: ['kubectl logs', 'ログ', 'logs', 'back-off', '再起動', 'kubectl logs --previous', 'restartCount', 'BackOff'],
    // Descriptions, not names: as ranking words their generic tokens (コンテナ, container) would pull in any section about containers.
    symptoms: ['コンテナの再起動の繰り返し', 'Pod が何度も再起動する', 'container keeps restarting', 'pod restarts over and over'],
  },
  {
    key: 'container.completed-restart',
    problem: true,
    ja: ['終了コード 0 での再起動', 'Completed のクラッシュループ'],
    en: ['container restarted after exit code 0', 'Completed crash loop', 'exit code 0 restart'],
    meaning: {
      ja: 'コマンドが正常に終わっても、restartPolicy: Always のコンテナは再起動され、CrashLoopBackOff になる',
      en: 'A container whose command ends successfully is still restarted under restartPolicy Always, and ends in CrashLoopBackOff',
    },
    related: ['CrashLoopBackOff', 'Completed', 'restartPolicy', 'command', 'args', 'foreground', 'Job'],
  },
  {
    key: 'container.oomkilled',
    problem: true,
    ja: ['OOMKilled', 'メモリ不足による強制終了', 'OOM キル', 'メモリ不足'],
    en: ['OOMKilled', 'out of memory', 'OOM kill', 'memory limit exceeded'],
    meaning: {
      ja: 'コンテナのメモリ使用量が limits を超え、カーネルにより強制終了された（終了コード 137 と理由 OOMKilled）',
      en: 'The container used more memory than its limit and the kernel killed it (exit code 137, reason OOMKilled)',
    },
    related: ['リソース制限', 'resource limits', 'requests', '137', 'memory', 'メモリ', 'limits', 'OOM'],
  },
  {
    key: 'container.exit-codes',
    problem: true,
    ja: ['終了コード', 'exit code', 'コンテナの終了コード'],
    en: ['exit code', 'exit codes', 'container exit code', 'exitCode'],
    meaning: {
      ja: 'コンテナのプロセスが終わったときの値。0 は成功、1 などはアプリのエラー、128+N はシグナル N による終了（137 は SIGKILL）',
      en: 'The value a container process ended with: 0 success, small numbers app errors, 128+N killed by signal N (137 is SIGKILL)',
    },
    related: ['ログ', 'logs', '137', '143', 'SIGKILL', 'SIGTERM', 'Error', 'Completed', 'lastState'],
  },
  {
    key: 'pod.eviction',
    problem: true,
    ja: ['退避', 'Pod の退避', 'エビクション', 'Evicted', 'ノードの圧迫'],
    en: ['eviction', 'Pod eviction', 'Evicted', 'node-pressure eviction', 'node pressure'],
    meaning: {
      ja: 'ノードのメモリやディスクが足りなくなり、kubelet が Pod を止めて追い出すこと。QoS クラスと使用量で順番が決まる',
      en: 'The kubelet stops Pods to reclaim memory or disk on a node under pressure; QoS class and usage decide the order',
    },
    related: ['MemoryPressure', 'DiskPressure', 'DisruptionTarget', 'ephemeral-storage', 'QoS', 'preemption', 'プリエンプション'],
  },
  {
    key: 'scheduling.resources',
    problem: true,
    ja: ['リソース不足', 'CPU 不足', 'メモリ不足でスケジュールできない', 'Insufficient cpu', 'Insufficient memory'],
    en: ['insufficient resources', 'Insufficient cpu', 'Insufficient memory', 'not enough CPU', 'not enough memory'],
    meaning: {
      ja: 'どのノードにも Pod の requests を満たす空き（allocatable から他の Pod の requests を引いた量）がなく、Pending のまま',
      en: "No node has room for the Pod's requests (allocatable minus other Pods' requests), so it stays Pending",
    },
    // Requests are set where resources are: a section on setting them teaches what the scheduler compares.
    related: ['kube-scheduler', 'スケジューラー', 'フィルタリング', 'filtering', 'FailedScheduling', 'requests', 'allocatable', 'Pending', 'スケジュール', 'リソース要求', 'リソース制限'],
  },
  {
    key: 'scheduling.extended-resource',
    problem: true,
    ja: ['拡張リソース', 'GPU を要求した Pod が Pending', 'デバイスプラグイン', 'nvidia.com/gpu'],
    en: ['extended resource', 'GPU request', 'device plugin', 'nvidia.com/gpu'],
    meaning: {
      ja: 'GPU などノードの外の資源。ノード上のデバイスプラグインが allocatable に載せたノードにだけ Pod を置ける',
      en: "A resource beyond CPU and memory (a GPU, an FPGA): only nodes whose device plugin lists it in allocatable can take the Pod",
    },
    related: ['kube-scheduler', 'スケジューラー', 'FailedScheduling', 'allocatable'],
  },
  {
    key: 'scheduling.host-port',
    problem: true,
    ja: ['hostPort の競合', 'ホストポート', 'hostPort'],
    en: ['hostPort conflict', 'host port', 'hostPort', "didn't have free ports for the requested pod ports"],
    meaning: {
      ja: 'hostPort はノードの IP のポートを使うため、同じポート・プロトコルの Pod は 1 ノードに 1 つしか置けない',
      en: "A hostPort takes a port on the node's own address: one Pod per node per port and protocol",
    },
    related: ['kube-scheduler', 'スケジューラー', 'FailedScheduling', 'containerPort'],
  },
  {
    key: 'scheduling.volume-node-affinity',
    problem: true,
    ja: ['ボリュームの node affinity の競合', 'PersistentVolume の nodeAffinity', 'ボリュームのゾーン'],
    en: ['volume node affinity conflict', "didn't match PersistentVolume's node affinity", 'PersistentVolume nodeAffinity', 'volume zone'],
    meaning: {
      ja: 'バインド済みの PersistentVolume が nodeAffinity で使えるノード（ローカルディスクのノード、ディスクのゾーン）を限っており、Pod がそこに置けない',
      en: 'A bound PersistentVolume limits the nodes that can use it (a local disk\'s node, a disk\'s zone) and the Pod cannot go there',
    },
    related: ['kube-scheduler', 'スケジューラー', 'FailedScheduling', 'WaitForFirstConsumer', 'zone', 'ゾーン'],
  },
  {
    key: 'scheduling.node-selector',
    problem: true,
    ja: ['nodeSelector の不一致', 'ノードセレクタ', 'ノードアフィニティの不一致', 'nodeSelector'],
    en: ['nodeSelector mismatch', 'nodeSelector', 'node affinity mismatch', "didn't match Pod's node affinity/selector"],
    meaning: {
      ja: 'nodeSelector や必須のノードアフィニティに合うラベルを持つノードがなく、Pod を置けない',
      en: 'No node carries the labels the Pod requires through nodeSelector or required node affinity',
    },
    related: ['kube-scheduler', 'スケジューラー', 'フィルタリング', 'filtering', 'ラベル', 'labels', 'node labels', 'ノードのラベル', 'requiredDuringSchedulingIgnoredDuringExecution', 'FailedScheduling'],
  },
  {
    key: 'scheduling.cordon',
    problem: true,
    ja: ['cordon', 'スケジュール不可のノード', 'drain'],
    en: ['cordoned node', 'cordon', 'unschedulable node', 'drain', 'kubectl cordon'],
    meaning: {
      ja: 'kubectl cordon（spec.unschedulable）で新しい Pod を受け付けなくしたノード。動いている Pod はそのまま',
      en: 'A node marked spec.unschedulable by kubectl cordon takes no new Pods; running Pods stay',
    },
    related: ['kube-scheduler', 'スケジューラー', 'フィルタリング', 'filtering', 'NoSchedule', 'taint', 'テイント', 'uncordon', 'unschedulable', 'node.kubernetes.io/unschedulable', 'メンテナンス', 'maintenance'],
  },
  {
    key: 'scheduling.topology-spread',
    problem: true,
    ja: ['トポロジー分散制約', 'Pod トポロジー分散', 'topologySpreadConstraints'],
    en: ['topology spread constraints', 'topologySpreadConstraints', 'pod topology spread', 'maxSkew'],
    meaning: {
      ja: 'ゾーンやノードの間で Pod 数の差（maxSkew）を制限するルール。DoNotSchedule だと満たせないとき Pending になる',
      en: 'Limits how uneven Pods may be across zones or nodes (maxSkew); with DoNotSchedule an unmet rule keeps Pods Pending',
    },
    related: ['kube-scheduler', 'スケジューラー', 'フィルタリング', 'filtering', 'topologyKey', 'whenUnsatisfiable', 'DoNotSchedule', 'zone', 'ゾーン'],
  },
  {
    key: 'scheduling.pod-affinity',
    problem: true,
    ja: ['Pod アフィニティ', 'Pod アンチアフィニティ', 'podAntiAffinity', 'podAffinity'],
    en: ['pod affinity', 'pod anti-affinity', 'podAntiAffinity', 'podAffinity', 'inter-pod affinity'],
    meaning: {
      ja: '他の Pod がいる（いない）トポロジーに置くルール。必須のアンチアフィニティはノード数より多いレプリカを Pending にする',
      en: 'Place a Pod near (or away from) other Pods; required anti-affinity leaves replicas beyond the topology count Pending',
    },
    related: ['kube-scheduler', 'スケジューラー', 'フィルタリング', 'filtering', '親和性', '反親和性', 'topologyKey', 'requiredDuringSchedulingIgnoredDuringExecution', 'FailedScheduling'],
  },
  {
    key: 'pvc.unbound',
    problem: true,
    ja: ['PVC が Pending', '未バインドの PVC', 'ボリュームのバインド', 'PVC のバインド'],
    en: ['unbound PersistentVolumeClaim', 'PVC Pending', 'unbound immediate PersistentVolumeClaims', 'volume binding'],
    meaning: {
      ja: 'PVC に合う PV がなく、StorageClass による動的プロビジョニングもされないため、使う Pod を置けない',
      en: 'No PersistentVolume matches the claim and no StorageClass provisions one, so Pods using it cannot be placed',
    },
    related: ['StorageClass', 'ストレージクラス', 'WaitForFirstConsumer', 'ProvisioningFailed', 'Pending', 'PersistentVolume', 'PersistentVolumeClaim'],
  },
  {
    key: 'resourcequota.exceeded',
    problem: true,
    ja: ['クォータ超過', 'ResourceQuota の超過', 'exceeded quota'],
    en: ['exceeded quota', 'quota exceeded', 'ResourceQuota exceeded', 'must specify limits'],
    meaning: {
      ja: 'Namespace の ResourceQuota を超えるため API サーバーが Pod の作成を拒否した。ReplicaSet に FailedCreate が出る',
      en: "The API server refused to create a Pod beyond the namespace's ResourceQuota; the ReplicaSet shows FailedCreate",
    },
    related: ['FailedCreate', 'forbidden', 'hard', 'used', 'ResourceQuota', 'クォータ'],
  },
  {
    key: 'limitrange.defaults',
    problem: true,
    ja: ['LimitRange の既定値', 'LimitRange の制約違反', '既定のリソース'],
    en: ['LimitRange defaults', 'LimitRange violation', 'default requests', 'maximum cpu usage per Container'],
    meaning: {
      ja: 'LimitRange は requests/limits の既定値を補い、最小・最大を外れる Pod の作成を拒否する',
      en: 'A LimitRange fills in default requests/limits and refuses Pods outside its minimum and maximum',
    },
    related: ['LimitRange', 'defaultRequest', 'max', 'min', 'FailedCreate'],
  },
  {
    key: 'serviceaccount.missing',
    problem: true,
    ja: ['ServiceAccount が存在しない', 'サービスアカウントが見つからない'],
    en: ['missing ServiceAccount', 'serviceaccount not found', 'error looking up service account'],
    meaning: {
      ja: 'Pod テンプレートが指定した ServiceAccount がなく、API サーバーが Pod の作成を拒否した（ReplicaSet の FailedCreate）',
      en: 'The ServiceAccount named in the Pod template does not exist, so Pod creation is refused (FailedCreate on the ReplicaSet)',
    },
    related: ['serviceAccountName', 'FailedCreate', 'ServiceAccount', 'サービスアカウント'],
  },
  {
    key: 'service.selector-mismatch',
    problem: true,
    ja: ['セレクタの不一致', 'Service のセレクタ', 'ラベルの不一致'],
    en: ['selector mismatch', 'Service selector', 'label mismatch', 'selector matches no Pods'],
    meaning: {
      ja: 'Service の selector に合うラベルの Pod がなく、エンドポイントが空になる',
      en: "No Pod carries the labels in the Service's selector, so it has no endpoints",
    },
    related: ['labels', 'ラベル', 'selector', 'セレクタ', 'endpoints', 'エンドポイント'],
  },
  {
    key: 'service.targetport-mismatch',
    problem: true,
    ja: ['targetPort の不一致', 'ポートの不一致', 'targetPort'],
    en: ['targetPort mismatch', 'targetPort', 'port mismatch', 'containerPort'],
    meaning: {
      ja: 'Service の targetPort がコンテナの待ち受けポート（または名前付きポート）と合わず、接続が拒否される',
      en: "The Service's targetPort is not the port (or port name) the container listens on, so connections are refused",
    },
    related: ['ポート番号', '疎通確認', 'port', 'ポート', 'containerPort', 'connection refused', '接続拒否', 'protocol', 'UDP', 'プロトコル'],
  },
  {
    key: 'service.no-endpoints',
    problem: true,
    ja: ['エンドポイントがない', 'Ready なエンドポイントがない', 'Service に接続できない'],
    en: ['no endpoints', 'no ready endpoints', 'Service not reachable'],
    meaning: {
      ja: 'Service の背後に Ready な Pod が 1 つもない。セレクタの不一致か、Pod が Ready でない（readiness probe の失敗）ことが多い',
      en: 'The Service has no ready Pod behind it, usually a selector mismatch or Pods that are not Ready (failing readiness probe)',
    },
    related: ['疎通確認', 'ポート番号', 'selector', 'セレクタ', 'labels', 'ラベル', 'targetPort', 'EndpointSlice', 'Endpoints', 'エンドポイント', 'readiness', 'Ready', 'kubectl get endpointslices'],
    notUnder: ['kube-apiserver', 'API サーバー', 'API server'],
    symptoms: ['Service につながらない', 'cannot connect to the Service', 'Service is not reachable'],
  },
  {
    key: 'dns.resolution',
    problem: true,
    ja: ['名前解決の失敗', 'DNS の名前解決', 'DNS のトラブルシューティング', 'CoreDNS'],
    en: ['DNS resolution failure', 'name resolution', 'DNS troubleshooting', 'NXDOMAIN', 'CoreDNS'],
    meaning: {
      ja: 'Pod から Service 名が引けない。名前や Namespace の誤り、CoreDNS の不調、NetworkPolicy による DNS の遮断が原因',
      en: 'A Pod cannot resolve a Service name: a wrong name or namespace, CoreDNS trouble, or a NetworkPolicy blocking DNS',
    },
    related: ['疎通確認', 'nslookup', 'resolv.conf', 'kube-dns', 'search', 'ndots', 'DNS'],
  },
  {
    key: 'rbac.denied',
    problem: true,
    ja: ['権限不足', 'アクセス拒否', 'Forbidden', '権限エラー'],
    en: ['permission denied', 'Forbidden', 'access denied', 'RBAC denied', 'cannot list resource'],
    meaning: {
      ja: 'リクエストを許すロールとバインディングがなく、API サーバーが 403 Forbidden を返した',
      en: 'No Role and binding allow the request, so the API server answered 403 Forbidden',
    },
    related: ['403', 'kubectl auth can-i', 'RoleBinding', 'ClusterRoleBinding', '権限'],
    symptoms: ['操作する権限がない', 'kubectl が Forbidden になる', 'no permission to list'],
  },
  {
    key: 'config.missing-ref',
    problem: true,
    ja: ['ConfigMap や Secret が見つからない', '参照先がない', 'CreateContainerConfigError'],
    en: ['missing ConfigMap or Secret', 'CreateContainerConfigError', 'configmap not found', 'secret not found'],
    meaning: {
      ja: 'Pod が参照する ConfigMap や Secret がなく、コンテナを作れない（CreateContainerConfigError）かボリュームをマウントできない',
      en: 'A ConfigMap or Secret the Pod refers to does not exist: the container cannot be created or the volume cannot mount',
    },
    // The kinds whose object is missing: a section about ConfigMaps or Secrets teaches what the Pod lacks.
    related: ['ConfigMap', 'Secret', 'configMapKeyRef', 'secretKeyRef', 'envFrom', 'FailedMount', 'optional'],
  },
  {
    key: 'config.missing-key',
    problem: true,
    ja: ['キーが見つからない', 'ConfigMap のキーがない', 'Secret のキーがない'],
    en: ['missing key', "couldn't find key", 'key not found in ConfigMap', 'key not found in Secret'],
    meaning: {
      ja: 'ConfigMap や Secret はあるが、参照したキーがない（大文字小文字や綴りの違いを含む）',
      en: 'The ConfigMap or Secret exists but the referenced key does not (a difference in case or spelling counts)',
    },
    related: ['configMapKeyRef', 'secretKeyRef', 'CreateContainerConfigError', 'key', 'キー'],
  },
  {
    key: 'cronjob.schedule',
    problem: true,
    ja: ['CronJob のスケジュール', 'cron 式', 'スケジュール式'],
    en: ['CronJob schedule', 'cron expression', 'schedule syntax', 'InvalidSchedule', 'startingDeadlineSeconds'],
    meaning: {
      ja: 'CronJob の schedule（cron 式と timeZone）がいつ Job を作るか。不正な式や存在しない日付では Job が作られない',
      en: 'When the schedule (cron expression and timeZone) creates Jobs; an invalid or impossible schedule never fires',
    },
    related: ['Job', 'ジョブ', '定期的', 'cron', 'timeZone', 'タイムゾーン', 'concurrencyPolicy', 'suspend'],
  },
  {
    key: 'job.backoff',
    problem: true,
    ja: ['Job の失敗', 'backoffLimit', 'Job のリトライ'],
    en: ['Job failure', 'backoffLimit', 'BackoffLimitExceeded', 'Job retries', 'DeadlineExceeded'],
    meaning: {
      ja: 'Job の Pod が backoffLimit を超えて失敗した（または activeDeadlineSeconds を過ぎた）ため、Job が Failed になった',
      en: 'The Job failed: its Pods failed more often than backoffLimit allows, or activeDeadlineSeconds passed',
    },
    related: ['activeDeadlineSeconds', 'podFailurePolicy', 'Failed', 'restartPolicy', 'OnFailure'],
  },
  {
    key: 'probes.not-yet',
    problem: true,
    ja: ['まだ成功していない probe', 'probe の待ち時間', 'initialDelaySeconds'],
    en: ['probe not passed yet', 'probe that has not passed yet', 'initialDelaySeconds', 'not ready yet'],
    meaning: {
      ja: 'startup probe や readiness probe がまだ成功していない間は、失敗のイベントがなくてもコンテナは Ready にならない',
      en: 'Until a startup or readiness probe has passed, the container is not ready, even with no failure event',
    },
    related: ['startupProbe', 'readinessProbe', 'failureThreshold', 'periodSeconds', 'successThreshold', 'Ready', 'started'],
  },
  {
    key: 'pod.readiness-gate',
    problem: true,
    ja: ['readiness gate', 'readinessGates', 'ReadinessGatesNotReady'],
    en: ['readiness gate', 'readinessGates', 'ReadinessGatesNotReady', 'Pod readiness gate'],
    meaning: {
      ja: 'readinessGates の状態を外部のコントローラーが True にするまで、コンテナが Ready でも Pod は Ready にならない',
      en: 'Until an outside controller sets the condition a readiness gate names to True, the Pod is not Ready even with ready containers',
    },
    related: ['Ready', 'ContainersReady', 'conditions', 'load balancer', 'ロードバランサー'],
  },
  {
    key: 'container.lifecycle-hooks',
    problem: true,
    ja: ['postStart フック', 'ライフサイクルフック', 'FailedPostStartHook'],
    en: ['postStart hook', 'lifecycle hook', 'FailedPostStartHook'],
    meaning: {
      ja: 'コンテナの postStart フックが失敗すると、kubelet はコンテナを強制終了して再起動する',
      en: 'When a container’s postStart hook fails, the kubelet kills the container and restarts it',
    },
    related: ['lifecycle', 'restartPolicy', 'CrashLoopBackOff'],
  },
  {
    key: 'container.prestop',
    problem: true,
    ja: ['preStop フック', 'FailedPreStopHook', '猶予期間切れ'],
    en: ['preStop hook', 'FailedPreStopHook', 'grace period ran out'],
    meaning: {
      ja: 'Pod の削除時に kubelet が SIGTERM の前に動かすフック。失敗しても止まらず、時間は猶予期間に含まれる',
      en: 'The hook the kubelet runs before SIGTERM when a Pod is deleted; a failure does not stop the shutdown, and its time counts against the grace period',
    },
    related: ['preStop', 'terminationGracePeriodSeconds', 'SIGTERM', 'SIGKILL', 'Terminating', 'lifecycle'],
  },
  {
    key: 'job.per-index',
    problem: true,
    ja: ['インデックスごとの再試行', 'backoffLimitPerIndex', 'FailedIndexes', 'MaxFailedIndexesExceeded'],
    en: ['backoff limit per index', 'backoffLimitPerIndex', 'FailedIndexes', 'MaxFailedIndexesExceeded', 'failed indexes'],
    meaning: {
      ja: 'Indexed Job でインデックスごとに再試行の上限を決める仕組み。上限を超えたインデックスは失敗が確定し、Job は最後に失敗になる',
      en: 'Per-index retry limits of an Indexed Job: an index over its limit fails for good, and the Job ends Failed',
    },
    related: ['Indexed Job', 'completionMode', 'maxFailedIndexes', 'failedIndexes', 'completedIndexes', 'FailIndex'],
  },
  {
    key: 'job.pod-failure-policy',
    problem: true,
    ja: ['Pod 失敗ポリシー', 'podFailurePolicy', 'PodFailurePolicy'],
    en: ['pod failure policy', 'podFailurePolicy', 'PodFailurePolicy', 'FailJob'],
    meaning: {
      ja: 'Job の podFailurePolicy のルールが失敗した Pod の終了コードや状態に一致し、再試行せずに Job を失敗にした（または失敗を数えなかった）',
      en: "A rule of the Job's podFailurePolicy matched a failed Pod's exit code or condition and failed the Job without retries (or did not count the failure)",
    },
    related: ['onExitCodes', 'onPodConditions', 'FailJob', 'Ignore', 'FailIndex', 'DisruptionTarget', 'backoffLimit'],
  },
  {
    key: 'deployment.progress-deadline',
    problem: true,
    ja: ['ロールアウトの停滞', 'ProgressDeadlineExceeded', 'ロールアウトが終わらない'],
    en: ['stalled rollout', 'ProgressDeadlineExceeded', 'progressDeadlineSeconds', 'rollout stuck'],
    meaning: {
      ja: '新しい ReplicaSet の Pod が progressDeadlineSeconds 以内に揃わず、Deployment の Progressing が False になった',
      en: "The new ReplicaSet's Pods did not become available within progressDeadlineSeconds; Progressing turned False",
    },
    related: ['kubectl rollout status', 'Progressing', 'rollout', 'ロールアウト', 'kubectl rollout undo'],
  },
  {
    key: 'node.notready',
    problem: true,
    ja: ['ノードが NotReady', 'NotReady', 'ノードの障害'],
    en: ['node NotReady', 'NotReady', 'node not ready', 'node failure'],
    meaning: {
      ja: 'kubelet が Ready を報告しない（または届かない）ノード。ノードコントローラーがテイントを付け、Pod は追い出される',
      en: 'A node whose kubelet does not report Ready (or cannot be heard); the node controller taints it and Pods are evicted',
    },
    related: ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable', 'kubelet', 'CNI', 'NodeStatusUnknown'],
  },
  {
    key: 'namespace.terminating',
    problem: true,
    ja: ['Namespace が Terminating のまま', 'Namespace の削除が終わらない', 'ファイナライザー'],
    en: ['namespace stuck Terminating', 'Terminating namespace', 'finalizers', 'NamespaceDeletionContentFailure'],
    meaning: {
      ja: 'Namespace の中のオブジェクトのファイナライザーが外れず、削除が終わらない',
      en: 'Deleting the namespace waits for objects inside it whose finalizers are not removed',
    },
    related: ['Namespace', 'ネームスペース', '名前空間', 'finalizer', 'deletionTimestamp', 'NamespaceContentRemaining', 'NamespaceFinalizersRemaining'],
  },
  {
    key: 'networkpolicy.deny',
    problem: true,
    ja: ['NetworkPolicy による遮断', '通信が遮断される', 'デフォルト拒否'],
    en: ['NetworkPolicy blocks traffic', 'default deny', 'traffic blocked', 'connection timed out'],
    meaning: {
      ja: 'Pod を選ぶ NetworkPolicy があると、どれかが許可した通信以外は届かない（デフォルト拒否）',
      en: 'Once a NetworkPolicy selects a Pod, only traffic some policy allows reaches it (default deny)',
    },
    related: ['podSelector', 'ingress', 'egress', 'policyTypes', 'タイムアウト', 'timeout'],
  },
  {
    key: 'networkpolicy.peer',
    problem: true,
    ja: ['NetworkPolicy のピアが Pod を選ばない', 'namespaceSelector が合わない', 'podSelector と namespaceSelector'],
    en: ['NetworkPolicy peer selects no Pod', 'namespaceSelector matches no namespace', 'podSelector and namespaceSelector'],
    meaning: {
      ja: 'from や to のセレクタに合う Pod がないため、そのルールは誰も通さない（podSelector だけなら自分の Namespace、namespaceSelector はラベルで選ぶ）',
      en: "No Pod matches a from or to entry's selectors, so the rule admits nobody (a podSelector alone means the policy's namespace; a namespaceSelector matches labels)",
    },
    related: ['kubernetes.io/metadata.name', 'namespaceSelector', 'podSelector', 'matchExpressions', 'ラベル'],
  },
  {
    key: 'admission.webhook',
    problem: true,
    ja: ['アドミッション Webhook', 'Webhook による拒否', 'アドミッションコントロール'],
    en: ['admission webhook', 'admission webhook denied', 'ValidatingWebhookConfiguration', 'admission control'],
    meaning: {
      ja: 'API サーバーが保存の前に呼ぶ Webhook がリクエストを拒否（または変更）した。拒否の理由は Webhook のメッセージにある',
      en: 'A webhook the API server calls before storing an object denied (or changed) the request; its message says why',
    },
    related: ['MutatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'denied the request', 'failurePolicy', 'FailedCreate'],
  },
];
