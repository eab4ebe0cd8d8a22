// 失敗している Pod の根本原因の日本語文面(causes-en.ts と同じキーと引数)。
import type { causesEn } from './causes-en.js';

const restartsJa = (n: number) => (n ? ` (再起動 ${n} 回)` : '');

export const causesJa: typeof causesEn = {
  list: (p) => `${p.items}`,

  'cause.role.app': (p) => `コンテナ ${p.name}`,
  'cause.role.init': (p) => `init コンテナ ${p.name}`,
  'cause.role.sidecar': (p) => `サイドカー ${p.name} (restartPolicy: Always)`,
  'cause.role.init.blocks': (p) => `init コンテナ ${p.name} (これが成功するまでアプリのコンテナは起動しません)`,
  'cause.role.sidecar.blocks': (p) => `サイドカー ${p.name} (restartPolicy: Always。これが起動するまでアプリのコンテナは起動しません)`,
  'cause.role.sidecar.beside': (p) =>
    `サイドカー ${p.name} (restartPolicy: Always。アプリのコンテナはこれなしで動いていますが、失敗している間 Pod は Ready になりません)`,

  'cause.sched.selector': (p) =>
    `Pending: ${p.nodes} 台のノードのどれにも、Pod が求めるラベル (${p.selector}) がありません — ノードにラベルを付ける (kubectl label node NODE KEY=VALUE) か、Pod の nodeSelector/affinity を直してください`,
  'cause.sched.taint': (p) =>
    `Pending: Pod が配置できるはずのノード ${p.nodes} に taint ${p.taint} があり、Pod はそれを許容していません — Pod (テンプレート) に ${p.key} の toleration を追加するか、taint を外してください: kubectl taint node NODE ${p.key}-`,
  'cause.sched.taint.condition': (p) =>
    `Pending: Pod が配置できるはずのノード ${p.nodes} に taint ${p.taint} があります。ノードが ${p.condition} を報告している間、ノードライフサイクルコントローラーがこの taint を付け続けます — ノードの報告している問題を直す(kubectl describe node ${p.node})か、Pod が他のノードを使えるようにしてください。taint を外しても付け直され、許容すると問題のあるノードに Pod が置かれます`,
  'cause.sched.taint.unnamed': (p) =>
    `Pending: ${p.count} 台のノードに Pod が許容しない taint があります — taint を確認し (kubectl describe nodes | grep Taints)、対応する toleration を追加するか taint を外してください`,
  'cause.sched.cordoned': (p) =>
    `Pending: Pod が配置できるはずのノード ${p.nodes} が cordon されています (SchedulingDisabled) — 解除してください: kubectl uncordon NODE`,
  'cause.sched.cordoned.unnamed': (p) =>
    `Pending: ${p.count} 台のノードが cordon されています (SchedulingDisabled) — kubectl get nodes で確認し、解除してください: kubectl uncordon NODE`,
  'cause.sched.toobig': (p) =>
    `Pending: Pod の ${p.resource} 要求 ${p.request} は、どのノードの割り当て可能量よりも大きいです (最大はノード ${p.node} の ${p.allocatable}) — 要求を下げるか、より大きなノードを追加してください`,
  'cause.sched.full': (p) =>
    `Pending: Pod が使えるノードに ${p.resource} の空きが ${p.request} ありません (残りは他の Pod の要求で埋まっています) — 要求を下げるか、他のワークロードを縮小するか、ノードを追加してください`,
  'cause.sched.full.unknown': (p) =>
    `Pending: Pod が使えるノードで ${p.resource} が不足しています — Pod の ${p.resource} 要求を下げるか、容量を増やしてください`,
  'cause.sched.pods': (p) =>
    `Pending: ${p.count} 台のノードが、動かせる Pod 数の上限 (allocatable pods) に達しています — ノードを追加するか Pod を減らしてください`,
  'cause.sched.pvc': (p) =>
    `Pending: PersistentVolumeClaim ${p.claims} がバインドされていないため、Pod を配置できません — 理由は kubexplain explain pvc/${p.first} で分かります (存在しないか作成できない StorageClass、既定のクラスがない、条件に合う PersistentVolume がない)`,
  'cause.node-gone': (p) =>
    `${p.phase}: Pod はノード ${p.node} に割り当てられていますが、そのノードは存在しません(削除されたか、spec.nodeName が存在しないノードを指しています) — この Pod を動かす kubelet はなく、Pod のガベージコレクターがこのような Pod を 1 分ほどで削除します。${p.owned ? 'その後、コントローラーが代わりの Pod を作ります' : '作り直すときは spec.nodeName に存在するノードを指定するか、指定せずにスケジューラーに選ばせてください'}`,
  'cause.sched.pvc.why': (p) => `Pending: PersistentVolumeClaim がバインドされるまで Pod を配置できません。${p.why}`,
  'cause.sched.pvc.claim': (p) => `${p.name} (${p.phase}、${p.sc ? `StorageClass ${p.sc}` : 'storageClassName なし: 既定のクラス'})`,
  'cause.sched.pvc.missing': (p) =>
    `Pending: Pod がマウントする PersistentVolumeClaim ${p.claims} が存在しません — そのクレームを作成するか、spec.volumes[].persistentVolumeClaim.claimName を直してください`,
  'cause.sched.volume-node-affinity': (p) =>
    `Pending: Pod のボリュームがバインドされた PersistentVolume に、${p.count} 台のノードから到達できません (ボリュームの node affinity、多くはゾーン) — ボリュームのゾーンで Pod を動かすか、volumeBindingMode: WaitForFirstConsumer の StorageClass を使ってください`,
  'cause.sched.volume-node-affinity.named': (p) =>
    `Pending: Pod の claim ${p.volumes} はバインド済みで、そのボリュームの nodeAffinity が ${p.count} 台のノードを除外しています (ローカルボリュームのノードや、ディスクのゾーン) — ボリュームのある場所で Pod を動かす (kubectl get pv ${p.volume} -o jsonpath='{.spec.nodeAffinity}') か、volumeBindingMode: WaitForFirstConsumer の StorageClass から新しいボリュームを作ってください`,
  'cause.sched.pod-anti-affinity': (p) =>
    `Pending: ${p.count} 台のノードでは、同じ ${p.keys} のドメインで、Pod の必須 anti-affinity (${p.terms}) が避ける Pod がすでに動いています — レプリカ数が ${p.keys} のドメインの数より多くありませんか。ノードを追加するか、レプリカを減らすか、ルールを preferred にしてください`,
  'cause.sched.existing-anti-affinity': (p) =>
    `Pending: ${p.count} 台のノードで動いている Pod が、この Pod に対する anti-affinity ルールを持っています — それらの podAntiAffinity を確認してください`,
  'cause.sched.pod-affinity': (p) =>
    `Pending: Pod の必須 pod affinity (${p.terms}) は、同じトポロジードメインでそのラベルの Pod が動いていることを求めますが、${p.count} 台のノードのどれにもありません${p.own ? `。namespaces も namespaceSelector もない項目は Namespace ${p.own} の Pod だけを探します` : ''} — その Pod を先に起動するか、どこで動いているか確認して (kubectl get pods -A -l ${p.selector || '…'} -o wide)、セレクター、namespaces を直すか、ルールを緩めてください`,
  'cause.sched.topology-spread': (p) =>
    `Pending: ${p.count} 台のどのノードに置いても topologySpreadConstraints ${p.constraints} (whenUnsatisfiable: DoNotSchedule) を破ります — 該当する Pod が少ないドメインにノードを追加するか、whenUnsatisfiable: ScheduleAnyway にしてください`,
  'cause.sched.topology-min-domains': (p) =>
    `Pending: ${p.key} の topologySpreadConstraint は minDomains ${p.min} を求めていますが、Pod が使えるノードの ${p.key} のドメインは ${p.count} 個 (${p.domains}) しかありません。ドメインが minDomains より少ないとスケジューラーは全体の最小値を 0 とみなすので、各ドメインに置ける該当 Pod は maxSkew の ${p.skew} 個までです — 別の ${p.key} のドメインにノードを追加するか、minDomains を ${p.count} に下げてください`,
  'cause.sched.ports': (p) =>
    `Pending: hostPort ${p.ports} は、Pod が使えるノードのうち ${p.count} 台で別の Pod がすでに使っています — hostPort をやめる (通常は Service を使います)、ポートを空ける、または Pod を他のノードで動かしてください`,
  'cause.sched.node-name': (p) =>
    `Pending: spec.nodeName などで Pod が特定のノードに固定されており、${p.count} 台のノードはそれに当たりません — ノード名を直してください`,
  'cause.sched.other': (p) =>
    `Pending: スケジューラーが Pod を配置できません。スケジューラーのメッセージ: ${p.message} — 示された制約を解消してください`,
  'cause.sched.unoffered': (p) =>
    `Pending: Pod は ${p.resource} を ${p.request} 要求していますが、Pod が使える ${p.nodes} 台のノードのどれもそれを提供していません (allocatable にありません。GPU などの拡張リソースはノード上のデバイスプラグインが公開します) — ハードウェアのあるノードでデバイスプラグインを動かすか、そのようなノードを追加するか、要求を外してください`,
  'cause.sched.also.taint': (p) =>
    `ほかに: Pod のノード選択に合うノード ${p.nodes} には taint ${p.taint} があり、Pod はそれを許容していません。`,
  'cause.sched.also.cordoned': (p) => `ほかに: Pod のノード選択に合うノード ${p.nodes} は cordon されています (SchedulingDisabled)。`,
  'cause.sched.also.resources': (p) =>
    `ほかに: ノード ${p.nodes} の ${p.resource} の割り当て可能量は全部で ${p.allocatable} で、Pod の要求 ${p.request} より小さいです。`,
  'cause.sched.nominated': (p) =>
    `Pending、ノード ${p.node} に指名済み: スケジューラーはそこで優先度の低い Pod (${p.victims}) をプリエンプトしており、それらが終了したらこの Pod を配置します — 長く続かない限り直すものはありません`,
  'cause.sched.nominated.held': (p) =>
    `Pending、ノード ${p.node} に指名済み: スケジューラーはそこで優先度の低い Pod をプリエンプトしましたが、${p.victims} が finalizer のため Terminating のまま残り、場所を空けません — finalizer を付けたコントローラーが外す必要があります (kubectl get pod ${p.pod} -n ${p.ns} -o jsonpath='{.metadata.finalizers}')`,
  'cause.sched.nominated.unknown': (p) =>
    `Pending、ノード ${p.node} に指名済み: スケジューラーはそこで優先度の低い Pod をプリエンプトしており、それらが終了したらこの Pod を配置します — 長く続かない限り直すものはありません (kubectl get pods -A --field-selector spec.nodeName=${p.node})`,
  'cause.sched.nominated.unread': (p) => `プリエンプトされた Pod を示すための、ノード ${p.node} 上の Pod を読めませんでした。`,
  'cause.sched.unconfirmed': () => 'スケジューラーのメッセージだけから判断しました (ノード一覧を読めず、確認できていません)。',
  'cause.sched.reasons': (p) => `スケジューラーは ${p.total} 台のノードを調べました: ${p.reasons}。`,
  'cause.sched.reason': (p) => `${p.count} 台 × ${p.text}`,

  'cause.evicted.pressure': (p) =>
    `Evicted: ノードの ${p.resource} が不足し (残り ${p.available}、退避のしきい値 ${p.threshold})、kubelet が Pod を退避させました — requests を実際の使用量に合わせてください (要求より多く使う Pod から先に退避され、QoS が Guaranteed の Pod は最後です)。オーナーがいれば代わりの Pod を作ります`,
  'cause.evicted.condition': (p) =>
    `Evicted: ノードが ${p.condition} の状態になったため、kubelet が Pod を退避させました — ノードの資源を空けてください。オーナーがいれば代わりの Pod を作ります`,
  'cause.evicted.other': (p) =>
    `Evicted: kubelet が Pod を退避させました。kubelet のメッセージ: ${p.message} — ノードの Condition を確認してください。オーナーがいれば代わりの Pod を作ります`,
  'cause.evicted.container': (p) => `コンテナ ${p.container} は要求 ${p.request} を超えて ${p.usage} を使っていました。`,
  'cause.disrupted.taint-manager': (p) =>
    `中断: ノード ${p.node} に NoExecute の taint ${p.taints} があり、Pod がそれを許容しない (または tolerationSeconds の間だけ許容する) ため、taint による退避のコントローラーが Pod を削除します — ノードにそれが付いた理由を確認してください (多くは not-ready や unreachable): kubectl describe node ${p.node}。tolerationSeconds のない toleration があれば Pod はそこに残ります`,
  'cause.disrupted.eviction-api': (p) =>
    `中断: Eviction API で Pod が退避されました (kubectl drain、クラスターオートスケーラー、descheduler など) — ${p.replaced}。ワークロードの Pod が同時に退避される数は PodDisruptionBudget で制限できます`,
  'cause.disrupted.owner': (p) => `オーナーの ${p.kind} ${p.name} が代わりの Pod を作ります`,
  'cause.disrupted.no-owner': () =>
    'この Pod を管理するコントローラーがないため、作り直されません。もう一度作成するか、代わりが作られるよう Deployment の下で動かしてください',
  'cause.disrupted.preemption': (p) =>
    `中断: 優先度の高い Pod の場所を空けるため、スケジューラーがノード ${p.node} 上のこの Pod (優先度 ${p.priority}、priorityClassName ${p.class}) をプリエンプトしました — オーナーがあれば代わりの Pod を作り、それは空きができるまで待ちます。priorityClassName で優先度を上げるか、容量を増やしてください`,
  'cause.disrupted.finalizers': (p) =>
    `finalizer ${p.finalizers} があるため、それを付けたコントローラーが外すまで Pod オブジェクトとその占める場所は残ります。`,
  'cause.disrupted.pod-gc': () => '中断: Pod のガベージコレクションが Pod を削除します (ノードが無くなったか、孤立した Pod です)',
  'cause.disrupted.kubelet': () => '中断: kubelet が Pod を終了させています (ノードの資源逼迫かノードのシャットダウン)',
  'cause.disrupted.other': (p) => `中断 (${p.reason}): Pod はまもなく終了します`,

  'cause.poststart': (p) =>
    `再起動中: コンテナ ${p.container} の postStart フック (${p.hook}) が失敗したため、kubelet がコンテナを強制終了しました (再起動 ${p.restarts} 回)。イベントにはフックの出力は出ません — そのイメージでフックのコマンドや URL が動くか確認するか (アプリのログには出ません)、その処理をアプリか init コンテナに移してください`,
  'cause.poststart.http': (p) =>
    `再起動中: コンテナ ${p.container} の postStart フック (${p.hook}) が失敗したため、kubelet がコンテナを強制終了しました (再起動 ${p.restarts} 回)。フックはコンテナが起動した直後に呼ばれるので、アプリが待ち受けを始める前に届くことが多く、イベントには理由が出ません — アプリが起動した瞬間からポート ${p.port} の GET ${p.path} に 2xx で応答するようにするか (そうでなければ起動のたびにフックが失敗します)、その処理をアプリ自身で行ってください`,
  'cause.poststart.missing': (p) =>
    `再起動中: コンテナ ${p.container} の postStart フック (${p.hook}) は、イメージに ${p.program} がないため実行できず、kubelet が起動のたびにコンテナを強制終了しています (再起動 ${p.restarts} 回) — lifecycle.postStart.exec.command にイメージにあるプログラムを指定する (またはイメージに ${p.program} を入れる) か、その処理をアプリか init コンテナに移してください`,
  'cause.poststart.said': (p) =>
    `再起動中: コンテナ ${p.container} の postStart フック (${p.hook}) が失敗したため、kubelet がコンテナを強制終了しました (再起動 ${p.restarts} 回)。フックのエラーはイベントには出ませんが、コンテナの status (PostStartHookError) に残っています (下に引用します) — そこに書かれたことを直してフックがそのイメージで成功するようにするか、その処理をアプリか init コンテナに移してください`,
  'cause.prestop.failed': (p) =>
    `終了中: コンテナ ${p.container} の preStop フック (${p.hook}) が失敗しました (FailedPreStopHook)。コンテナを止める前にフックがするはずの処理 (接続の切り離し、登録の解除など) は行われていません。フックが失敗しても Pod は止まりません: kubelet はそのまま SIGTERM を送り、猶予期間 ${p.grace} 秒が尽きると SIGKILL を送ります (deletionTimestamp ${p.until}) — イベントにはフックの出力は出ません: ${p.check}`,
  'cause.prestop.check.exec': (p) =>
    `コンテナが動いている間に手で実行するか (kubectl exec ${p.pod} -c ${p.container} -- ${p.command})、同じイメージの別の Pod で試し、成功するように直してください`,
  'cause.prestop.check.other': () => 'そのコンテナでフックの URL が 2xx を返すか確認し、成功するように直してください',
  'cause.prestop.killed': (p) =>
    `終了中: コンテナ ${p.container} は猶予期間 ${p.grace} 秒が尽きたため SIGKILL で強制終了されました (終了コード 137): preStop フック (${p.hook}) と SIGTERM 後の終了処理に、それより長くかかっています。kubelet はフックにかかった時間も猶予期間に含めます — フックが terminationGracePeriodSeconds よりずっと短く終わるようにするか、terminationGracePeriodSeconds を増やしてください`,
  'cause.stop.killed': (p) =>
    `終了中: コンテナ ${p.container} は猶予期間 ${p.grace} 秒が尽きたため SIGKILL で強制終了されました (終了コード 137): SIGTERM を受けても終了しませんでした — アプリが SIGTERM で終了するようにするか (PID 1 のシェルはシグナルを渡しません)、terminationGracePeriodSeconds を増やしてください`,
  'cause.prestop.running': (p) =>
    `終了中: kubelet はまずコンテナ ${p.container} の preStop フック (${p.hook}) を実行し、その後 SIGTERM を送ります。猶予期間 ${p.grace} 秒にはフックの時間も含まれるので、コンテナはおよそ ${p.until} (deletionTimestamp) までに止まります (SIGKILL はその 2 秒後まで) — それを過ぎても Pod が残っていれば、kubectl describe pod ${p.pod} で FailedPreStopHook イベントやほかに止めているものを確認してください`,
  'cause.gate.missing': (p) =>
    `Running だが Ready ではありません: コンテナは Ready ですが、readinessGates が求める状態 ${p.gate} が Pod にありません — それを設定するのはそのゲートを持つコントローラー (ロードバランサーのコントローラーなど) だけです。それが動いていて、この Pod を管理しているか確認してください`,
  'cause.gate.false': (p) =>
    `Running だが Ready ではありません: コンテナは Ready ですが、readiness gate ${p.gate} が ${p.status} です${p.said} — これを設定するのはそのゲートを持つコントローラー (ロードバランサーのコントローラーなど) です。この Pod について何を報告しているか確認してください`,
  'cause.probe.liveness': (p) =>
    `再起動中: ${p.container} の liveness probe (${p.probe}) が失敗し${p.result}、kubelet がコンテナを ${p.killed} 回強制終了しました (終了コード 137。OOM ではありません) — エンドポイントが確認している内容を直すか、起動を待つ時間を与えてください (initialDelaySeconds、または startupProbe)`,
  'cause.probe.startup': (p) =>
    `再起動中: ${p.container} の startup probe (${p.probe}) が失敗し${p.result}、起動が終わる前に kubelet がコンテナを強制終了しています (${p.killed} 回) — 待ち時間 (failureThreshold × periodSeconds) を増やすか、エンドポイントを直してください`,
  'cause.probe.readiness': (p) =>
    `Running だが Ready ではありません: ${p.container} の readiness probe (${p.probe}) が失敗しています${p.result} — 成功するまで Service のトラフィックは届きません。エンドポイントが確認している内容か、probe の path/port を直してください`,
  'cause.config.subpath': (p) =>
    `CreateContainerConfigError: kubelet がコンテナ ${p.container} のために volume ${p.mount} の subPath ${p.subPath} (マウント先 ${p.mountPath}) を用意できません。理由は Pod の status には書かれず、ノード ${p.node} の kubelet のログに残ります — ${p.subPath} が volume の中の単純なパスか (「..」やボリュームの外を指すシンボリックリンクでないか)、その volume がノードでまだマウントされているか (切れた NFS のマウントはこうなります) を確認してください。原因はそのノードの kubelet のログに書かれています`,
  'cause.probe.port-name': (p) =>
    `${p.type === 'readiness' ? 'Running だが Ready ではありません' : '再起動中'}: ${p.container} の ${p.type} probe (${p.probe}) は実行できません — ポート名 ${p.port} を指定していますが、コンテナ ${p.container} はその名前のポートを宣言していません (${p.declared ? `宣言しているポート: ${p.declared}` : 'ポートを 1 つも宣言していません'})。そのため毎回の確認がエラーになり、失敗として数えられます${p.type === 'readiness' ? '。Service のトラフィックは届きません' : `。kubelet がコンテナを ${p.killed} 回強制終了しました`} — 確認したいコンテナのポートに name: ${p.port} を付けるか、probe にポート番号を指定してください`,
  'cause.probe.port-differs': (p) =>
    `probe はポート ${p.port} を確認していますが、コンテナ ${p.container} が宣言している containerPort は ${p.declared} です。アプリがそちらで待ち受けているなら、probe にそのポートを指定してください。`,
  'cause.probe.exec-missing': (p) =>
    `${p.type === 'readiness' ? 'Running だが Ready ではありません' : '再起動中'}: ${p.container} の ${p.type} probe (${p.probe}) は実行できません — コンテナ ${p.container} のイメージに ${p.program} がありません (「executable file not found」)。そのため毎回の確認が失敗します${p.type === 'readiness' ? '。Service のトラフィックは届きません' : `。kubelet がコンテナを ${p.killed} 回強制終了しました`} — イメージにあるコマンドを使うか、httpGet/tcpSocket の probe にしてください`,
  'cause.probe.slow': (p) =>
    `${p.type === 'readiness' ? 'Running だが Ready ではありません' : '再起動中'}: ${p.container} の ${p.type} probe (${p.probe}) に timeoutSeconds (${p.seconds} 秒) 以内の応答がなく、タイムアウトのたびに失敗として数えられます${p.type === 'readiness' ? '。成功するまで Service のトラフィックは届きません' : `。kubelet がコンテナを ${p.killed} 回強制終了しました (終了コード 137。OOM ではありません)`} — エンドポイントがほかのサービスを待たずにすぐ応答するようにするか、timeoutSeconds を増やしてください`,
  'cause.probe.startup.pending': (p) =>
    `起動中: ${p.who} の startup probe (${p.probe}) はまだ成功しておらず、${p.recorded} — 成功するまで、そのコンテナの readiness probe と liveness probe は始まりません。kubelet はコンテナの起動 (${p.started}) の initialDelaySeconds (${p.delay} 秒) 後から ${p.period} 秒ごとに確認し、${p.threshold} 回続けて失敗したときに初めてコンテナを再起動します (約 ${p.window} 秒、${p.until} まで)。様子を見てください: kubectl get pod ${p.pod} -w。再起動されたら kubectl describe pod ${p.pod} で probe の Unhealthy イベントを確認してください`,
  'cause.probe.startup.failing': (p) =>
    `起動中: ${p.who} の startup probe (${p.probe}) はこれまでに ${p.count} 回失敗しています${p.result}。コンテナはまだ再起動されていません: kubelet が再起動するのは ${p.threshold} 回続けて失敗したときです (initialDelaySeconds ${p.delay} + ${p.threshold} × ${p.period} 秒。起動 ${p.started} から約 ${p.window} 秒、${p.until} まで)。成功するまで readiness probe と liveness probe は始まりません — アプリがどこまで進んだか確認してください: kubectl logs ${p.pod} -c ${p.container}。起動に時間がかかるだけなら failureThreshold を増やし、そうでなければ probe が確認している内容を直してください`,
  'cause.probe.readiness.pending': (p) =>
    `Running だが Ready ではありません: ${p.who} の readiness probe (${p.probe}) はまだ成功しておらず、${p.recorded} — kubelet が最初に確認するのはコンテナの起動 (${p.started}) の initialDelaySeconds (${p.delay} 秒) 後 (${p.first} 以降) で、その後 ${p.period} 秒ごとに確認し、${p.success === 1 ? '1 回成功' : `${p.success} 回続けて成功`}するとコンテナを Ready にします。それまで Pod に Service のトラフィックは届きません。その時刻を過ぎるまで待ち、それでも Ready にならなければ kubectl describe pod ${p.pod} で probe の Unhealthy イベントを確認してください`,
  'cause.probe.pending.none': () => 'その失敗も記録されていません',
  'cause.probe.pending.unread': () => '失敗したかどうかは分かりません (Pod のイベントを読めませんでした)',
  'cause.probe.pending.unknown': () =>
    'probe は成功してもイベントを書かず、Pod の status も何回確認したかを示しません。上の時刻は probe の spec とコンテナの起動時刻から求めたもので、結果から求めたものではありません。',
  'cause.probe.status': (p) => ` (HTTP ${p.status})`,
  'cause.probe.refused': () => ' (接続拒否: そのポートで待ち受けているプロセスがありません)',
  'cause.probe.timeout': () => ' (タイムアウト)',
  'cause.probe.output': (p) => `。kubelet の出力: ${p.output}`,
  'cause.killed': (p) =>
    `再起動中: ${p.who} が SIGKILL で強制終了され (終了コード 137。OOMKilled ではありません)、${p.restarts} 回再起動しています。liveness probe の失敗、terminationGracePeriodSeconds を超えた停止、外部からの kill のいずれかです — kubectl describe pod ${p.pod} のイベントを確認してください: Killing イベントがあれば失敗した probe が書かれています。なければ kubelet の外の何かがプロセスを止めています`,
  'cause.crashloop': (p) =>
    `CrashLoopBackOff: ${p.who} が終了コード ${p.code} (${p.reason}) で終了し、${p.restarts} 回再起動しています — ログを確認してください: kubectl logs ${p.pod} -c ${p.container} --previous`,
  'cause.crashloop.coded': (p) =>
    `CrashLoopBackOff: ${p.who} が終了コード ${p.code} (${p.reason}) で終了し、${p.restarts} 回再起動しています。${p.meaning} — ${p.step}`,
  'cause.exit.coded': (p) => `Failed: ${p.who} が終了コード ${p.code} (${p.reason}) で終了しました。${p.meaning} — ${p.step}`,
  'cause.exit.meaning.not-executable': () =>
    '126 は、シェルがコマンドを見つけたものの実行できなかったときに返すコードです (権限がない: 実行ビットがないか、パスがディレクトリ)',
  'cause.exit.step.not-executable': (p) =>
    `command (またはイメージのエントリポイントのスクリプト) が実行するプログラムやスクリプトを、イメージの中で実行可能にし (ビルド時に chmod +x)、パスを確認してください。${p.logs} にその名前が出ます`,
  'cause.exit.meaning.not-found': () =>
    '127 はシェルの「command not found」です。command やイメージのエントリポイントのスクリプトが実行するプログラムが、イメージにないか PATH にありません',
  'cause.exit.step.not-found': (p) =>
    `command と args を、イメージに入っているものと照らし合わせてください (打ち間違い、軽量イメージにないツール)。${p.logs} に見つからなかったコマンドの名前が出ます`,
  'cause.exit.meaning.abort': () =>
    '134 は 128+6 の SIGABRT です。プログラムが自分で異常終了しました (アサーションの失敗や致命的な実行時エラー)',
  'cause.exit.meaning.segfault': () =>
    '139 は 128+11 の SIGSEGV (セグメンテーション違反) です。プログラムが不正なメモリアクセスでクラッシュしました。プログラムかネイティブライブラリの不具合、または別の libc (glibc と musl) や CPU 向けにビルドされたバイナリが原因で、Kubernetes の設定で起きるものではありません',
  'cause.exit.step.crash': (p) => `${p.logs} の最後を読み、1 つ前のバージョンのイメージを試してください`,
  'cause.exit.meaning.sigterm': () =>
    '143 は 128+15 の SIGTERM です。何かがプロセスに停止を求め、プロセスはそれに従って終わりました。kubelet はコンテナを止めるとき (liveness probe や postStart フックの失敗、削除) に SIGTERM を送ります。コンテナの中のプロセスが送ることもあります',
  'cause.exit.step.sigterm': (p) =>
    `kubectl describe pod ${p.pod} で Killing イベントを探してください (なければ、停止はコンテナの中から来ています: エントリポイントやスーパーバイザー)。次に ${p.logs} を確認してください`,
  'cause.exit.meaning.signal': (p) =>
    `${p.code} は 128+${p.signal} です。プロセスはシグナル ${p.signal}${p.name ? ` (${p.name})` : ''} で終了させられました`,
  'cause.exit.step.signal': (p) => `そのシグナルを送ったものを探してください: kubectl describe pod ${p.pod} (イベント) と ${p.logs}`,
  'cause.crashloop.completed': (p) =>
    `CrashLoopBackOff: ${p.who} が終了コード 0 (Completed) で終了しました。コマンドはエラーなく終わっており、restartPolicy ${p.policy} のため毎回また起動されます (再起動 ${p.restarts} 回) — 動き続けるべきコンテナは、プログラムをフォアグラウンドで動かす必要があります。command と args を確認してください (busybox のようなイメージはすぐ終わるシェルを動かします。バックグラウンドのデーモンとして起動したサーバーもコマンドとしては終わります。kubectl logs ${p.pod} -c ${p.container} --previous で前回の出力を見られます)。終わることが前提の処理は Job で動かしてください`,
  'cause.init.running': (p) =>
    `初期化中: init コンテナ ${p.container} が ${p.since} から動き続けていて${p.command}、まだ終わっていません — アプリのコンテナは、これが終了コード 0 で終わってから起動します。何を待っているかはイベントには出ません: kubectl logs ${p.pod} -c ${p.container} で何をしているか確認してください (ほかのサービスを待つループなら、そのサービスが応答するまで終わりません。そのサービスを確認してください)`,
  'cause.init.command': (p) => ` (${p.command})`,
  'cause.pull.pulling': (p) =>
    `Pending: ノード ${p.node} の kubelet がコンテナ ${p.container} のイメージ ${p.image} を取得中です (${p.since} のイベント Pulling のあと、Pulled はまだありません)。失敗は起きていません — 大きなイメージはそのノードで初めて取得するとき時間がかかります。長く続くなら kubectl describe pod ${p.pod} を確認してください。取得に失敗すれば ErrImagePull が出ます。遅くなる一方なら、ノードからレジストリへのネットワークを疑ってください`,
  'cause.oomkilled': (p) =>
    `OOMKilled: ${p.who} がメモリ上限${p.limit ? ` ${p.limit} ` : ''}を超えて強制終了されました${restartsJa(p.restarts)} — メモリ上限を実際の使用量 (動作中に kubectl top pod ${p.pod}) まで引き上げるか、メモリリークを直してください`,
  'cause.oomkilled.pod-limit': (p) =>
    `OOMKilled: Pod のコンテナの合計メモリが Pod 単位の上限 (${p.limit}、spec.resources.limits.memory) を超え、自身の上限を持たない ${p.who} が強制終了されました${restartsJa(p.restarts)} — Pod のメモリ上限を引き上げるか、メモリリークを直してください`,
  'cause.oomkilled.node': (p) =>
    `OOMKilled: ${p.who} にはメモリ上限がなく、ノード ${p.node} のメモリが尽きたときにカーネルが強制終了しました${restartsJa(p.restarts)}。カーネルは requests を最も大きく超えてメモリを使っているコンテナから先に終了させます — resources.requests.memory を実際の使用量 (kubectl top pod) に合わせて設定し、上限も設定してください。ノードのメモリを何が使っているかは kubectl describe node ${p.node} で確認できます`,
  'cause.exit': (p) =>
    `Failed: ${p.who} が終了コード ${p.code} (${p.reason}) で終了しました — ログを確認してください: kubectl logs ${p.pod} -c ${p.container}`,
  'cause.restarted': (p) =>
    `Running かつ Ready ですが、${p.who} が ${p.restarts} 回再起動しています${p.last} — 再起動の原因を確認してください: kubectl describe pod と下のイベント`,
  'cause.restarted.last': (p) => ` (直前の終了: コード ${p.code}、${p.reason})`,

  'cause.pull.not-found': (p) =>
    `${p.reason}: ${p.who} のイメージ ${p.image} がレジストリにありません (名前かタグの誤り) — イメージの指定を直してください`,
  'cause.pull.unauthorized': (p) =>
    `${p.reason}: レジストリが ${p.who} のイメージ ${p.image} の取得を拒否しました${p.status} — ${p.secrets}`,
  'cause.pull.missing-or-private': (p) =>
    `${p.reason}: レジストリは ${p.who} の ${p.image} をノードに渡すことを拒否しましたが、理由を示していません。リポジトリが存在しない (名前の誤り) か、非公開で認証情報が必要かのどちらかです — レジストリはどちらにも同じ答えを返します。まずリポジトリ名を確認し、次に: ${p.secrets}`,
  'cause.pull.unreachable': (p) =>
    `${p.reason}: ノードからイメージ ${p.image} (${p.who}) のレジストリに到達できません (DNS、ネットワーク、プロキシ) — レジストリのホスト名とノードのネットワークを確認してください`,
  'cause.pull.rate-limited': (p) =>
    `${p.reason}: レジストリが、取得の回数が多すぎるとして、ノード ${p.node} にイメージ ${p.image} (${p.who}) を今は渡していません (HTTP 429、レート制限。Docker Hub はアカウントなしの取得を IP アドレスごとに制限します)。イメージや Pod の誤りではなく、kubelet は間隔を空けて取得を繰り返します — アカウントの認証情報で取得する (docker-registry 型の Secret を imagePullSecrets に指定) か、レジストリのミラーや自前のレジストリを使うか、制限が解けるまで待ってください`,
  'cause.pull.invalid-name': (p) =>
    `InvalidImageName: ${p.image} (${p.who}) はイメージ参照として正しくないため、kubelet は取得を試みません — ${p.field} を直してください (リポジトリ名は小文字、registry/path:tag または @sha256:digest)`,
  'cause.pull.never-pull': (p) =>
    `ErrImageNeverPull: imagePullPolicy が Never で、イメージ ${p.image} (${p.who}) がノード ${p.node} にないため、kubelet は取得しません — そのノードにイメージを読み込む (例: kind load docker-image、minikube image load) か、レジストリから取得するよう imagePullPolicy を IfNotPresent にしてください`,
  'cause.pull.unknown': (p) =>
    `${p.reason}: ${p.who} のイメージ ${p.image} を取得できません — 名前とタグ、レジストリの認証情報、Pod のイベントを確認してください`,
  'cause.pull.secrets.none': () =>
    'Pod に imagePullSecrets がありません。docker-registry 型の Secret を作成し、Pod (またはその ServiceAccount) に追加してください',
  'cause.pull.secrets.missing': (p) =>
    `imagePullSecrets ${p.names} が存在しないため、kubelet は認証情報なしで取得しました (取得さえできればコンテナは作成されます) — Secret を作成してください (kubectl create secret docker-registry)`,
  'cause.pull.secrets.unchecked': (p) =>
    `Pod は imagePullSecrets ${p.names} を指定しています。存在するか、このレジストリの認証情報を持っているかを確認してください (どれが存在するかは kubexplain explain pod/${p.pod} で分かります)`,
  'cause.pull.secrets.present': (p) =>
    `imagePullSecrets ${p.names} は存在しますが、レジストリに拒否されています — Secret の認証情報とレジストリのホスト名を確認してください`,
  'cause.pull.status': (p) => ` (HTTP ${p.status})`,
  'cause.pull.unretrievable': (p) =>
    `kubelet は imagePullSecrets ${p.names} を読めませんでした (FailedToRetrieveImagePullSecret)。取得はそれらなしで行われます。pull 用の Secret がないだけではコンテナは止まらず、レジストリが認証を求める場合にだけ失敗します。`,
  'cause.pull.sa': (p) =>
    `ServiceAccount ${p.sa} は新しい Pod に imagePullSecrets ${p.names} を追加します (作成時のみ。既存の Pod は変わりません)。`,

  'cause.config.key': (p) =>
    `CreateContainerConfigError: ${p.kind} ${p.name} は存在しますが、キー ${p.key} がありません (あるキー: ${p.keys}) — ${p.kind} にキーを追加するか、Pod の env のキー名を直してください`,
  'cause.config.key.near': (p) =>
    `CreateContainerConfigError: ${p.kind} ${p.name} にキー ${p.key} はありませんが、${p.near} があります — 大文字小文字か 1 文字の違いです。${p.kind} にあるキー名を使うか、キー名を変えてください`,
  'cause.config.key.unknown': (p) =>
    `CreateContainerConfigError: キー ${p.key} が ${p.kind} ${p.name} にありません — キーを追加するか、参照を直してください`,
  'cause.config.object': (p) =>
    `CreateContainerConfigError: ${p.kind} ${p.name} が名前空間 ${p.ns} に存在しません — 作成するか、Pod の env/envFrom の名前を直してください`,
  'cause.config.object.similar': (p) =>
    `CreateContainerConfigError: ${p.kind} ${p.name} は存在せず、${p.similar} があります — Pod の名前を直すか、${p.name} を作成してください`,
  'cause.config.other': (p) => `CreateContainerConfigError: kubelet のメッセージ: ${p.message} — 示された参照を直してください`,
  'cause.nonroot.image-root': (p) =>
    `CreateContainerConfigError: ${p.who} は root で動いてはいけない設定 (${p.field} が runAsNonRoot: true) ですが、イメージ ${p.image} は root で動く (USER が root か未指定) ため、kubelet は起動を拒否しています — securityContext とイメージが食い違っています (ConfigMap や Secret が足りないのではありません)。securityContext.runAsUser に、そのイメージが動く root 以外の数値の UID (例: 1000) を指定するか、root 以外のユーザーで動くように作られたイメージを使ってください`,
  'cause.nonroot.user-name': (p) =>
    `CreateContainerConfigError: ${p.who} は root で動いてはいけない設定 (${p.field} が runAsNonRoot: true) ですが、イメージ ${p.image} はユーザーを UID ではなく名前 (${p.user}) で指定しているため、kubelet は root でないことを確かめられず、起動を拒否しています (ConfigMap や Secret が足りないのではありません) — securityContext.runAsUser にそのユーザーの数値の UID (イメージの中で id -u ${p.user} を実行すると分かります) を指定するか、USER が数値のイメージを使ってください`,
  'cause.nonroot.run-as-user-0': (p) =>
    `CreateContainerConfigError: ${p.who} は ${p.field} で runAsUser 0 (root) を指定し、同時に runAsNonRoot: true でもあります。この 2 つは矛盾するため、kubelet は起動を拒否しています (ConfigMap や Secret が足りないのではありません) — runAsUser を root 以外の UID (例: 1000) にするか、runAsUser: 0 を外してください。アプリが本当に root を必要とするなら、runAsNonRoot を外すかどうかはセキュリティ上の判断です`,
  'cause.nonroot.invalid-uid': (p) =>
    `CreateContainerConfigError: ${p.who} は root で動いてはいけない設定 (${p.field} が runAsNonRoot: true) ですが、イメージ ${p.image} のユーザー ID ${p.user} は正しい UID (1 から 2147483647) ではないため、kubelet は起動を拒否しています — securityContext.runAsUser に root 以外の正しい UID を指定するか、イメージの USER を直してください`,
  'cause.config.ref.key': (p) => `参照されたキーがありません: ${p.missing}。あるキー: ${p.keys}。`,

  'cause.start.notfound': (p) =>
    `${p.reason}: ${p.who} を起動できません。${p.field} のプログラム ${p.program} がイメージ ${p.image} にありません(ログは残りません) — Pod の spec の ${p.field} を直すか、そのプログラムを含むイメージを使ってください`,
  'cause.start.split': (p) =>
    `${p.reason}: ${p.who} を起動できません。${p.field} がスペースを含む 1 つの文字列「${p.program}」なので、ランタイムはその名前全体のプログラムを探します — 引数を 1 つずつ別の要素に書いてください: ${p.field}: ${p.items}`,
  'cause.start.notfound.image': (p) =>
    `${p.reason}: ${p.who} を起動できません。イメージ自身のエントリポイント ${p.program} がイメージ ${p.image} にありません(ログは残りません) — イメージとタグを確認するか、Pod の spec に command を指定してください`,
  'cause.start.permission': (p) =>
    `${p.reason}: ${p.who} を起動できません。イメージ ${p.image} の ${p.program} に実行権限がありません(permission denied) — イメージ内で実行可能にする(chmod +x)か、シェル経由で実行してください(command: ["sh", "${p.program}"])`,
  'cause.start.format': (p) =>
    `${p.reason}: ${p.who} を起動できません。イメージ ${p.image} の ${p.program} はこのノードで実行できません(exec format error: 別の CPU アーキテクチャ向けか、#! 行のないスクリプト) — ノードのアーキテクチャ向けのイメージを使ってください`,
  'cause.start.name-reserved': (p) =>
    `${p.reason}: ${p.who} はまだ作成されていません — ノード ${p.node} のコンテナランタイムが、このコンテナを作る前回の要求をまだ処理しています (「failed to reserve container name」)。ノードが遅いとき (ディスク I/O、大きなイメージの展開中、ランタイムの過負荷) に起こります。kubelet は再試行し、前回の要求が終われば多くは自然に解消します — 続くようなら、ノードの負荷とコンテナランタイムを確認してください`,
  'cause.start.other': (p) =>
    `${p.reason}: コンテナランタイムが ${p.who}(イメージ ${p.image})を起動できませんでした。このようなコンテナはログを残しません — 下のランタイムのメッセージを確認してください`,
  'cause.mount.missing': (p) =>
    `FailedMount: ${p.kind} ${p.name}(ボリューム ${p.volume})が名前空間 ${p.ns} に存在しないため、kubelet はマウントできず、コンテナを作りません — 作成するか、spec.volumes の名前を直してください(なくても起動できるなら optional: true)`,
  'cause.mount.similar': (p) =>
    `FailedMount: ${p.kind} ${p.name}(ボリューム ${p.volume})は存在せず、${p.similar} があります — spec.volumes の名前を直すか、${p.name} を作成してください`,
  'cause.mount.exists-now': (p) =>
    `FailedMount: ${p.kind} ${p.name}(ボリューム ${p.volume})は以前はありませんでしたが、今は存在します — kubelet が自動でマウントを再試行します。ContainerCreating のままなら最新のイベントを確認してください`,
  'cause.mount.multi-attach': (p) =>
    `FailedAttachVolume: ボリューム ${p.volume} は一度に 1 つのノードにしかアタッチできず、まだ別のノードにアタッチされています${p.pods} — そのノードの Pod が止まればデタッチされます。このようなボリュームをマウントする Deployment は strategy を Recreate にするか、ReadWriteMany のストレージを使ってください`,
  'cause.mount.multi-attach.pods': (p) => `(使用中の Pod: ${p.pods})`,
  'cause.mount.other': (p) =>
    `${p.reason}: ボリューム ${p.volume} を用意できないため、コンテナが作られません — kubelet のメッセージと照らして、ボリュームの元(PVC、Secret、ConfigMap、CSI ドライバー)を確認してください`,
  'cause.waiting': (p) => `${p.reason}: ${p.who} を起動できません${p.message} — 下のイベントを確認してください`,
  'cause.waiting.message': (p) => `。kubelet のメッセージ: ${p.message}`,
};
