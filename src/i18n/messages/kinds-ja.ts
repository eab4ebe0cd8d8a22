// `kinds` カタログの日本語。キーと引数は kinds-en.ts と同じ(KindsCatalog 型で揃える)。
import type { KindsCatalog } from './kinds-en.js';

export const kindsJa: KindsCatalog = {
  // ── 種類名の解決 ──
  'discovery.forbidden': (p) =>
    `ディスカバリが禁止されています (HTTP ${p.status})。組み込みの種類だけが分かります。非リソース URL /api と /apis への get 権限を依頼してください`,
  'discovery.failed': (p) =>
    `ディスカバリに失敗しました(${p.status === 0 ? '応答なし' : `HTTP ${p.status}`})。組み込みの種類だけが分かります`,
  'resolve.other-groups': (p) =>
    `「${p.name}」は複数の API グループで提供されています。kubectl と同じく ${p.chosen} を選びました。もう一方はグループまで書いて指定してください: ${p.others}`,

  // ── どの種類にも共通の部分 ──
  'condition.unknown-type': () => 'このツールが知らない Condition の種類です。良し悪しを判断せず、そのまま示します。',
  'condition.bad.positive': (p) => `${p.type} は True のときが正常ですが、いまは ${p.status} です。`,
  'condition.bad.negative': (p) => `${p.type} は True のときが異常です。いまは ${p.status} です。`,
  'phase.title': (p) => `フェーズ ${p.phase}`,
  'generation.behind': (p) => `まだ反映されていません: spec は世代 ${p.generation}、コントローラーが処理したのは世代 ${p.observed} です`,
  'generation.behind.detail': () =>
    'status は古い spec のものです。この状態が続くなら、この種類を扱うコントローラーが動いていないか、このオブジェクトを処理できていません。',
  'generation.current': (p) => `コントローラーは最新の spec(世代 ${p.generation})を処理済みです`,
  'owner.controller': () => 'このオブジェクトのコントローラーです。これを作成し、自分の spec どおりに保ちます。',
  'owner.plain': () => '所有者です(コントローラーではありません)。所有者を削除するとこのオブジェクトも削除されます(ガベージコレクション)。',
  'deleting.title': (p) => `${p.since} から削除中`,
  'deleting.finalizers': (p) =>
    `ファイナライザー ${p.finalizers} の解除を待っています。設定したコントローラーが外すまでオブジェクトは消えません。`,
  'deleting.no-finalizers': () => 'ファイナライザーは残っていません。まもなく消えるはずです。',

  // ── StorageClass ──
  'sc.title': (p) => `StorageClass ${p.name}、プロビジョナー ${p.provisioner}`,
  'sc.default': () => '既定のクラスです。クラスを指定しないクレームにはこのクラスが付きます。',
  'sc.binding.wait': () =>
    'volumeBindingMode WaitForFirstConsumer: クレームを使う Pod がスケジュールされてはじめて、その Pod が動けるノードに合わせてボリュームが作られ(または選ばれ)ます。それまでクレームが Pending なのは正常です。',
  'sc.binding.immediate': () => 'volumeBindingMode Immediate: Pod が使う前から、クレームができた時点でボリュームが作られます。',
  'sc.reclaim': (p) =>
    `reclaimPolicy ${p.policy}: ${p.policy === 'Retain' ? 'クレームを削除してもボリュームとデータは残ります' : 'クレームを削除するとボリュームとデータも削除されます'}。`,
  'sc.expand.yes': () => 'allowVolumeExpansion: 要求量を増やせばクレームを大きくできます。',
  'sc.expand.no': () => 'ボリュームの拡張は許可されていません。クレームは大きくできず、増やした要求は拒否されます。',
  'sc.no-provisioner': () =>
    'kubernetes.io/no-provisioner はボリュームを作りません。管理者が作ったボリューム(ローカルボリュームなど)にクレームが結び付きます。',
  'sc.default.several': (p) => `既定の StorageClass が複数あります: ${p.names}`,
  'sc.default.several.detail': (p) =>
    `クラス指定のないクレームには最も新しい既定クラス ${p.newest} が付きます。混乱を避けるため既定は 1 つにしてください。`,
  'sc.default.none': () =>
    'クラスターに既定の StorageClass がありません。クラスを指定しないクレームは、合うボリュームがない限り Pending のままです。',
  'sc.claims': (p) => `このクラスを使うクレーム ${p.count} 件${Number(p.pending) ? `(うち Pending ${p.pending} 件)` : ''}`,
  'sc.claim': (p) => `${p.ns}/${p.name}: ${p.phase}`,
  'sc.verdict': (p) => `StorageClass ${p.name}${p.isDefault ? '(既定)' : ''}: ボリュームは ${p.provisioner} が作成、バインドは ${p.mode}`,

  // ── PersistentVolumeClaim ──
  'pvc.request': (p) => `要求: ${p.size}、${p.modes}`,
  'pvc.modes': (p) =>
    `アクセスモード ${p.modes}: ReadWriteOnce は同時に 1 ノード、ReadWriteOncePod は 1 Pod、ReadOnlyMany と ReadWriteMany は複数ノード(ストレージが対応していれば)です。`,
  'pvc.block': () => 'volumeMode Block: Pod にはファイルシステムではなく生のブロックデバイス(volumeDevices)が渡されます。',
  'pvc.bound': (p) => `PersistentVolumeClaim ${p.name} は PersistentVolume ${p.volume} にバインド済み (Bound) です`,
  'pvc.bound.detail': (p) => `ボリュームの容量は ${p.capacity}${p.modes ? `、${p.modes}` : ''} です。`,
  'pvc.bound.pv': (p) => `PersistentVolume ${p.volume}: フェーズ ${p.phase}、回収ポリシー ${p.reclaim}。`,
  'pvc.bound.pv-missing': (p) => `PersistentVolume ${p.volume} はもう存在しません。このクレームをマウントする Pod は起動に失敗します。`,
  'pvc.lost': (p) => `PersistentVolumeClaim ${p.name} は Lost です。ボリューム ${p.volume} がなくなりました`,
  'pvc.lost.detail': () =>
    'バインドしていた PersistentVolume が削除されました。このクレームからはデータに届きません。ボリュームを戻すか、クレームを削除して作り直してください。',
  'pvc.pending.failed': (p) => `PersistentVolumeClaim ${p.name} は Pending です。プロビジョニングに失敗しました`,
  'pvc.pending.failed.next': () =>
    '理由は上のとおりプロビジョナーが述べています。クラスのパラメーターとプロビジョナーのログを確認してください。クレームは間隔を空けて再試行されます。',
  'pvc.pending.no-class': (p) =>
    `PersistentVolumeClaim ${p.name} は Pending です。StorageClass を指定しておらず、クラスターに既定のクラスもありません — 存在するクラスを storageClassName に指定してクレームを作り直すか、どれかのクラスを既定にしてください`,
  'pvc.pending.empty-class.title': (p) =>
    `PersistentVolumeClaim ${p.name} は Pending です。storageClassName "" はクラスなしの PersistentVolume にだけバインドし、それを作るものはありません — 合うクラスなしのボリュームを作るか、StorageClass を指定してクレームを作り直してください`,
  'pvc.pending.no-default': () =>
    'ボリュームを作るものがありません。合うクラスなしの PersistentVolume ができるか、既定の StorageClass が設定される(そのときクラスが補われます)まで、期限なく待ち続けます。',
  'pvc.pending.empty-class': () =>
    'storageClassName "" は「クラスなし」の指定です。合うクラスなしの PersistentVolume だけがバインドでき、プロビジョニングはされません。',
  'pvc.pending.static-some': (p) => `合うクラスなしのボリューム: ${p.names}(まもなくコントローラーがどれかをバインドします)。`,
  'pvc.pending.static-none': () => 'サイズとアクセスモードが合う、クラスなしの Available な PersistentVolume はありません。',
  'pvc.pending.no-class.next': () =>
    'spec.storageClassName に kubectl get storageclass のクラスを指定する(この項目は変更できないのでクレームを作り直します)か、どれかのクラスを既定にしてください。',
  'pvc.pending.empty-class.next': () => '合う PersistentVolume を作るか、StorageClass を指定してクレームを作り直してください。',
  'pvc.pending.default-pending': (p) =>
    `PersistentVolumeClaim ${p.name} は Pending です。クラスの指定がないため、既定のクラス ${p.sc} が割り当てられるところです`,
  'pvc.pending.default-pending.detail': () =>
    'クラスのないクレームには、後から既定になったクラスでも既定クラスが付きます。少し待ってから見直してください。',
  'pvc.pending.class-missing': (p) =>
    `PersistentVolumeClaim ${p.name} は Pending です。StorageClass ${p.sc} が存在しないため、ボリュームを作るものがありません — StorageClass ${p.sc} を作るか、存在するクラスでクレームを作り直してください (storageClassName は変更できません)`,
  'pvc.pending.class-missing.default': (p) =>
    `既定のクラスは ${p.sc} です。存在するクラスでクレームを作り直す(この項目は変更できません)か、クラスを作成してください。`,
  'pvc.pending.class-missing.none': () => '既定のクラスもありません。クラスを作成するか、存在するクラスでクレームを作り直してください。',
  'pvc.pending.wait': (p) =>
    `PersistentVolumeClaim ${p.name} は使う Pod ができるまで Pending です(${p.sc} は最初の利用者でバインドします)。これは正常です`,
  'pvc.pending.wait.detail': () =>
    'ボリュームは、このクレームを使う最初の Pod がスケジュールされた場所に作られます。その Pod を作成してください。',
  'pvc.pending.no-provisioner': (p) =>
    `PersistentVolumeClaim ${p.name} は Pending です。クラス ${p.sc} は何も作らず、合うボリュームもありません`,
  'pvc.pending.no-provisioner.detail': () => 'クレームのサイズとアクセスモードに合う、そのクラスの PersistentVolume を作成してください。',
  'pvc.pending.provisioning': (p) =>
    `PersistentVolumeClaim ${p.name} は Pending です。プロビジョナー ${p.provisioner} を待っています — ボリュームができないなら、${p.provisioner} が導入されて動いているか(kubectl get csidrivers とその Pod)を確かめ、そのイベントとログを読んでください`,
  'pvc.pending.provisioning.detail': (p) =>
    `まだボリュームがありません。これが続くなら、プロビジョナー ${p.provisioner} が導入されていないか動いていない(kubectl get csidrivers とその Pod を確認)か、失敗しています。イベントを見てください。`,
  'pvc.resize': (p) => `${p.from} から ${p.to} へ拡張中`,
  'pvc.resize.detail': () =>
    '要求がボリュームより大きくなっています。コントローラーがボリュームを広げ、Pod がマウントするときに kubelet がファイルシステムを広げます。Condition を見てください。',
  'pvc.cond.resizing': () => 'ストレージドライバーがボリュームを拡張しています。',
  'pvc.cond.fs-pending': () =>
    'ボリュームは広がりました。次に Pod がマウントするときにファイルシステムが広がります(Pod が起動しないなら再起動してください)。',
  'pvc.cond.resize-error': () => '拡張に失敗しました。理由はドライバーが述べています。成功するまでクレームは元のサイズのままです。',
  'pvc.pods': (p) => `${p.count} 個の Pod が使用中`,
  'pvc.pod': (p) => `${p.name}: ${p.phase}${p.node ? `(${p.node} 上)` : ''}`,
  'pvc.pods.none': () => 'この名前空間でこのクレームを使う Pod はありません。',

  // ── Pod から見たクレーム ──
  'pvc-phase.unknown': (p) => `PersistentVolumeClaim ${p.claim}: 読み取れませんでした`,
  'pvc-phase.missing': (p) => `PersistentVolumeClaim ${p.claim} は存在しません。作成されるまで Pod はスケジュールされません`,
  'pvc-phase.bound': (p) => `PersistentVolumeClaim ${p.claim} は ${p.volume} にバインド済み (Bound) です`,
  'pvc-phase.lost': (p) =>
    `PersistentVolumeClaim ${p.claim} は Lost です。ボリューム ${p.volume} がなくなったため Pod はマウントできません`,
  'pvc-phase.pending': (p) => `PersistentVolumeClaim ${p.claim} は Pending です。まだボリュームがバインドされていないため Pod は待機します`,
  'pvc-phase.next': (p) => `kubexplain explain pvc/${p.claim}`,

  // ── HorizontalPodAutoscaler ──
  'hpa.target': (p) => `${p.target} を ${p.min}〜${p.max} レプリカの範囲でスケールします`,
  'hpa.target.detail': () => 'コントローラーは 15 秒ごとにメトリクスを読み、scale サブリソースを通じて対象のレプリカ数を設定します。',
  'hpa.target.missing': (p) =>
    `${p.target} は存在しません。スケールする対象がありません。spec.scaleTargetRef を直すか、対象を作成してください。`,
  'hpa.replicas': (p) => `現在 ${p.current} レプリカ、望ましい数は ${p.desired}`,
  'hpa.replicas.uncomputed': (p) =>
    `現在 ${p.current} レプリカ、望ましい数はありません。ScalingActive が False の間、コントローラーは計算できません`,
  'hpa.last-scale': (p) => `最後のスケールは ${p.at} です。`,
  'hpa.never-scaled': () => 'まだ対象をスケールしていません。',
  'hpa.metrics.default': () => 'メトリクスの指定がありません。既定は CPU が requests の 80 % です。',
  'hpa.metric': (p) => `${p.type} メトリクス ${p.metric}: 現在 ${p.current}、目標 ${p.target}`,
  'hpa.metric.unknown': (p) => `${p.type} メトリクス ${p.metric}: 現在値なし、目標 ${p.target}`,
  'hpa.metric.utilization': () =>
    'Utilization は Pod 全体の平均使用量を requests に対する割合で表したものです。レプリカ数 = ceil(現在数 × 使用率 ÷ 目標)。',
  'hpa.metric.value': () => '値の目標です。コントローラーは測った値と比べ、比例してスケールします。',
  'hpa.metric.over': () => '目標を上回っています。コントローラーはレプリカを増やします(最大数まで)。',
  'hpa.metric.under': () => '目標以下です。スケールダウンの猶予期間の後、コントローラーはレプリカを減らします(最小数まで)。',
  'hpa.requests.missing': (p) => `${p.target} のコンテナ ${p.container} に ${p.resource} の requests がありません`,
  'hpa.requests.missing.detail': (p) =>
    `Utilization の目標は requests に対する割合なので、すべてのコンテナに resources.requests.${p.resource} が必要です。ないとコントローラーは計算できません(FailedGetResourceMetric: missing request)。Pod テンプレートに requests を追加してください。`,
  'hpa.api.missing': () => 'リソースメトリクス API (metrics.k8s.io) が提供されていません。metrics-server がありません',
  'hpa.api.missing.detail': () =>
    'CPU とメモリのメトリクスは metrics-server が提供しますが、このクラスターでは動いていません(APIService v1beta1.metrics.k8s.io がありません)。metrics-server を導入してください。それまでオートスケーラーは今のレプリカ数を保ちます。',
  'hpa.api.down': () => 'リソースメトリクス API は登録されていますが利用できません',
  'hpa.api.down.detail': () =>
    'APIService v1beta1.metrics.k8s.io が Available ではありません。metrics-server が動いていないか届きません。その Pod を確認してください(kubectl -n kube-system get pods -l k8s-app=metrics-server)。',
  'hpa.cond.able': () => 'AbleToScale: コントローラーは対象の scale を読み書きできます。',
  'hpa.cond.unable': () => 'AbleToScale False: コントローラーは対象の scale を読み書きできません(対象がない、または変更直後の待機中)。',
  'hpa.cond.active': () => 'ScalingActive: メトリクスを読めて、レプリカ数を計算できています。',
  'hpa.cond.inactive': () => 'ScalingActive False: レプリカ数を計算できないため、オートスケーラーは何もしません(理由を参照)。',
  'hpa.cond.limited': () => 'ScalingLimited: 望ましい数が minReplicas か maxReplicas で切り詰められています。',
  'hpa.cond.not-limited': () => 'ScalingLimited False: 望ましい数は範囲内です。',
  'hpa.verdict.no-target': (p) =>
    `HorizontalPodAutoscaler ${p.name} はスケールできません。${p.target} が存在しません(AbleToScale False、FailedGetScale) — spec.scaleTargetRef を存在するオブジェクトに向ける(kubectl get ${p.kind} -n ${p.ns} で一覧できます)か、${p.target} を作成してください`,
  'hpa.verdict.max': (p) =>
    `HorizontalPodAutoscaler ${p.name} は maxReplicas ${p.max} で頭打ちです: メトリクスはもっと多くのレプリカを求めています(ScalingLimited TooManyReplicas${p.metrics})。そのため各 Pod は目標を超える負荷を受けています — クラスターに余裕があれば spec.maxReplicas を上げるか、Pod あたりの負荷を下げてください`,
  'hpa.verdict.no-metrics': (p) =>
    `HorizontalPodAutoscaler ${p.name} はスケールしていません。メトリクス API が提供されていません(metrics-server がありません) — metrics-server を導入してください。提供されたかは kubectl get apiservice v1beta1.metrics.k8s.io で分かります`,
  'hpa.verdict.metrics-down': (p) =>
    `HorizontalPodAutoscaler ${p.name} はスケールしていません。メトリクス API は登録されていますが利用できません — 理由を kubectl get apiservice v1beta1.metrics.k8s.io で確かめ、metrics-server の Pod を確認してください`,
  'hpa.verdict.no-requests': (p) =>
    `HorizontalPodAutoscaler ${p.name} は使用率を計算できません。コンテナ ${p.container} に ${p.resource} の requests がありません — ${p.target} の Pod テンプレートでコンテナ ${p.container} に resources.requests.${p.resource} を追加してください`,
  'hpa.verdict.no-requests.injected': (p) =>
    `HorizontalPodAutoscaler ${p.name} は使用率を計算できません: Pod ${p.pod} のコンテナ ${p.container} に ${p.resource} の requests がありません。${p.target} の Pod テンプレートにはこのコンテナがないので、Pod の作成時に何か(サイドカーのインジェクターなど)が追加しています — そのコンテナを追加している側で ${p.resource} の requests を設定してください`,
  'hpa.verdict.inactive': (p) => `HorizontalPodAutoscaler ${p.name} はスケールしていません: ${p.reason}`,
  'hpa.verdict.limited': (p) =>
    `HorizontalPodAutoscaler ${p.name} は上限か下限で止まっています(${p.reason})。${p.current} レプリカ、範囲 ${p.min}〜${p.max}`,
  'hpa.verdict.ok': (p) => `HorizontalPodAutoscaler ${p.name} はスケールしています。${p.current} レプリカ、範囲 ${p.min}〜${p.max}`,

  // ── NetworkPolicy ──
  'np.selects': (p) => `${p.selector} に一致する Pod を選択します。現在 ${p.count} 個`,
  'np.selects.all': (p) => `空の podSelector: 名前空間 ${p.ns} のすべての Pod を選択します(現在 ${p.count} 個)`,
  'np.selects.none': () => 'いま一致する Pod はありません。このラベルで後から作られる Pod に適用されます。',
  'np.pod': (p) => `${p.name}`,
  'np.types': (p) => `ポリシーの種類: ${p.types}`,
  'np.types.detail': () =>
    '挙げた種類ごとに、選択された Pod はどれかのポリシーが許す通信だけを受け付け (Ingress)、または送り出せます (Egress)。もう一方の向きはこのポリシーでは制限されません。',
  'np.ingress.deny': () => 'Ingress: ルールがないため、このポリシーは何も通しません。受信のデフォルト拒否です',
  'np.ingress.deny.detail': () =>
    '選択された Pod への接続は、それを選択する別の NetworkPolicy が許さない限りすべて落とされます。名前空間のポリシーはまずすべて拒否し、必要なものを許すのが定石です。',
  'np.egress.deny': () => 'Egress: ルールがないため、このポリシーは外向きを何も許しません。送信のデフォルト拒否です',
  'np.egress.deny.detail': () =>
    '選択された Pod は、別のポリシーが許さない限りどこにも接続できません。DNS の問い合わせ(kube-dns への UDP と TCP の 53 番)も含みます。',
  'np.ingress.rule': (p) => `Ingress ルール ${p.n}: ポート ${p.ports} を次の送信元から許可`,
  'np.ingress.rule.any-port': (p) => `Ingress ルール ${p.n}: すべてのポートを次の送信元から許可`,
  'np.egress.rule': (p) => `Egress ルール ${p.n}: ポート ${p.ports} を次の宛先へ許可`,
  'np.egress.rule.any-port': (p) => `Egress ルール ${p.n}: すべてのポートを次の宛先へ許可`,
  'np.ingress.anywhere': () => 'どこからでも(from なし: クラスターの内外を問わずすべての送信元)',
  'np.egress.anywhere': () => 'どこへでも(to なし: すべての宛先)',
  'np.peer.pods': (p) => `名前空間 ${p.ns} の ${p.selector} に一致する Pod`,
  'np.peer.pods.all': (p) => `名前空間 ${p.ns} のすべての Pod`,
  'np.peer.pods.any-ns': (p) => `すべての名前空間の ${p.selector} に一致する Pod`,
  'np.peer.all-ns': () => 'すべての名前空間のすべての Pod(クラスター外は含みません)',
  'np.peer.pods.ns': (p) => `${p.nsSelector} に一致する名前空間の、${p.selector} に一致する Pod`,
  'np.peer.ns': (p) => `${p.nsSelector} に一致する名前空間のすべての Pod`,
  'np.peer.cidr': (p) => `${p.cidr} のアドレス`,
  'np.peer.cidr.except': (p) => `${p.cidr} のアドレス(${p.except} を除く)`,
  'np.svc.title': (p) => `Service のポートについてこのポリシーが通すもの (${p.count})`,
  'np.svc.all': (p) => `Service ${p.service} のポート ${p.port}: すべての送信元に開いています`,
  'np.svc.some': (p) => `Service ${p.service} のポート ${p.port}: 上のルールの送信元にだけ開いています`,
  'np.svc.dead': (p) => `Service ${p.service} のポート ${p.port}: 遮断。ルールが名指す送信元はどれも Pod に合いません(上を参照)`,
  'np.svc.none': (p) =>
    `Service ${p.service} のポート ${p.port}: 遮断。このポリシーのどのルールも通しません(別のポリシーが通す場合はあります)`,
  'np.enforcement': () =>
    'ポリシーを実際に適用するのはネットワークプラグインです。NetworkPolicy を実装しないプラグイン(たとえば flannel 単体)では、受け付けられても効果がありません。',
  'np.verdict.deny-in': (p) =>
    `NetworkPolicy ${p.name} は受信のデフォルト拒否です。${p.count} 個の Pod は別のポリシーが許すものしか受け付けません`,
  'np.verdict.deny-out': (p) =>
    `NetworkPolicy ${p.name} は送信のデフォルト拒否です。${p.count} 個の Pod は別のポリシーが許す宛先にしか届きません(DNS も含む)`,
  'np.verdict.deny-both': (p) =>
    `NetworkPolicy ${p.name} は ${p.count} 個の Pod の送受信をすべて遮断します(DNS も含む)。別のポリシーが許すものを除きます`,
  'np.ingress.nopods': (p) =>
    `Ingress ルール ${p.n} は Namespace ${p.ns} の ${p.selector} の Pod を通しますが、そこにはそのような Pod がありません。今は誰も通しません`,
  'np.egress.nopods': (p) =>
    `Egress ルール ${p.n} は Namespace ${p.ns} の ${p.selector} の Pod への通信を許しますが、そこにはそのような Pod がありません。今は何も許しません`,
  'np.peer.own-ns': (p) => `namespaceSelector のない podSelector は、ポリシー自身の Namespace(${p.ns})の Pod だけを選びます。`,
  'np.peer.elsewhere': (p) => `${p.selector} の Pod は Namespace ${p.namespaces} で動いています。`,
  'np.peer.nsfix': (p) =>
    `podSelector と同じ要素に namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ${p.ns}}} を加えてください(同じ要素なら両方に合う必要があり、別の要素にすると ${p.ns} のすべての Pod を通します)`,
  'np.peer.nsfix.any': () =>
    'その Pod が別の Namespace で動いているなら、podSelector と同じ要素に namespaceSelector を加えてください。そうでなければ、対象の Pod のラベルを確かめてください',
  'np.verdict.ingress.nopods': (p) =>
    `NetworkPolicy ${p.name} が通すのは Namespace ${p.ns} の ${p.selector} の Pod だけですが、そこにはそのような Pod がありません — ${p.fix}`,
  'np.verdict.egress.nopods': (p) =>
    `NetworkPolicy ${p.name} が Pod に許す送信先は Namespace ${p.ns} の ${p.selector} の Pod だけですが、そこにはそのような Pod がありません — ${p.fix}`,
  'np.all-namespaces': () => 'すべての名前空間',
  'np.ingress.nons': (p) =>
    `Ingress ルール ${p.n} は ${p.nsSelector} に一致する名前空間の Pod を通しますが、そのラベルを持つ名前空間がありません。今は誰も通しません`,
  'np.egress.nons': (p) =>
    `Egress ルール ${p.n} は ${p.nsSelector} に一致する名前空間の Pod への通信を許しますが、そのラベルを持つ名前空間がありません。今は何も許しません`,
  'np.ingress.nopods.there': (p) =>
    `Ingress ルール ${p.n} は ${p.nsSelector} に一致する名前空間(${p.namespaces})の ${p.selector} の Pod を通しますが、そこにはそのような Pod がありません。今は誰も通しません`,
  'np.egress.nopods.there': (p) =>
    `Egress ルール ${p.n} は ${p.nsSelector} に一致する名前空間(${p.namespaces})の ${p.selector} の Pod への通信を許しますが、そこにはそのような Pod がありません。今は何も許しません`,
  'np.peer.ns-labels': () =>
    'namespaceSelector が見るのは名前空間のラベルで、名前ではありません。API サーバーはすべての名前空間にラベル kubernetes.io/metadata.name=<名前> を付けます。ほかのラベルは、誰かが付けた名前空間にしかありません。',
  'np.peer.ns-named': (p) => `Namespace ${p.ns} はありますが、ラベル ${p.key}=${p.ns} を持っていません。`,
  'np.peer.nsfix.label': (p) =>
    `名前で選んでください: namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ${p.ns}}}。またはラベルを付けてください: kubectl label namespace ${p.ns} ${p.key}=${p.ns}`,
  'np.peer.nsfix.labels': () => 'namespaceSelector を名前空間のラベルと見比べてください(kubectl get namespaces --show-labels)',
  'np.peer.podfix': (p) => `${p.selector} を対象の Pod のラベルと見比べてください(${p.command})`,
  'np.verdict.ingress.nons': (p) =>
    `NetworkPolicy ${p.name} が通すのは ${p.nsSelector} に一致する名前空間の Pod だけですが、そのラベルを持つ名前空間がありません — ${p.fix}`,
  'np.verdict.egress.nons': (p) =>
    `NetworkPolicy ${p.name} が Pod に許す送信先は ${p.nsSelector} に一致する名前空間の Pod だけですが、そのラベルを持つ名前空間がありません — ${p.fix}`,
  'np.verdict.ingress.nopods.there': (p) =>
    `NetworkPolicy ${p.name} が通すのは ${p.nsSelector} に一致する名前空間の ${p.selector} の Pod だけですが、そこにはそのような Pod がありません — ${p.fix}`,
  'np.verdict.egress.nopods.there': (p) =>
    `NetworkPolicy ${p.name} が Pod に許す送信先は ${p.nsSelector} に一致する名前空間の ${p.selector} の Pod だけですが、そこにはそのような Pod がありません — ${p.fix}`,
  'np.dns.blocked': (p) =>
    `これらの Pod の Egress は ${p.policies} が制限しており、どれも DNS(kube-system の kube-dns への 53/UDP)を許していません。Pod は名前を解決できません`,
  'np.dns.alone': () =>
    'このポリシーの Egress ルールは DNS(kube-system の kube-dns への 53/UDP)を許していません。名前空間のほかの NetworkPolicy を読めなかったため、そのどれかが許しているかどうかは分かりません',
  'np.dns.detail': () =>
    '名前の問い合わせは、Service 名も含めてすべてクラスター DNS(kube-dns: kube-system の CoreDNS の Pod、ポート 53 の UDP と、長い応答には TCP)に送られます。遮断されるとタイムアウトし、アプリケーションには接続の拒否ではなく、ホストが見つからないというエラーかタイムアウトとして見えます。',
  'np.dns.fix': () =>
    'Egress ルールを加えてください: to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]、ポートは 53/UDP と 53/TCP',
  'np.dns.unknown': (p) =>
    `これらの Pod の Egress は ${p.policies} が制限しています。そのどれかが DNS(kube-dns への 53/UDP)を許しているかどうかは分かりません`,
  'np.dns.why.ipblock': () =>
    'あるルールが 53/UDP を ipBlock(アドレスの範囲)に許しています。それが kube-dns の Pod かどうかは、ここからは判断できません。',
  'np.dns.why.namespaces': () => 'あるルールが名前空間をラベルで選んでいますが、名前空間を読めませんでした。',
  'np.dns.why.pod-labels': () =>
    'あるルールが 53/UDP を k8s-app=kube-dns 以外のラベルで選ぶ Pod に許しています。それがクラスター DNS かどうかは分かりません。',
  'np.dns.allowed-by': (p) => `DNS: NetworkPolicy ${p.policies} が許しています`,
  'np.dns.no-tcp': () =>
    'DNS は 53/UDP だけ許されています。UDP に収まらない長い応答は TCP の 53 番で問い合わせ直されますが、これらの Pod を選ぶどのポリシーもそれを許していません',
  'np.verdict.dns': (p) =>
    `NetworkPolicy ${p.name} は ${p.count} 個の Pod の Egress を制限しており、それらを Egress で選ぶどのポリシー(${p.policies})も DNS を許していません。名前の問い合わせはタイムアウトします — ${p.fix}`,
  'np.verdict.dns.alone': (p) =>
    `NetworkPolicy ${p.name} は ${p.count} 個の Pod の Egress を制限しており、そのルールは DNS を許していません。ほかのポリシーは読めませんでした。そのどれかが kube-dns への 53/UDP を許していない限り、名前の問い合わせはタイムアウトします — ${p.fix}`,
  'np.verdict.no-pods': (p) => `NetworkPolicy ${p.name} はいまどの Pod も選択していません。何も遮断していません`,
  'np.verdict.limits': (p) =>
    `NetworkPolicy ${p.name} は ${p.count} 個の Pod の ${p.types} を下のルールに限ります。それ以外は、別のポリシーが許さない限り遮断されます`,

  // ── ResourceQuota ──
  'quota.line': (p) => `${p.resource}: ${p.hard} のうち ${p.used} を使用 (${p.pct} %)`,
  'quota.full': (p) =>
    `上限に達しています。${p.resource} をさらに必要とする新しいオブジェクトは作成時に拒否されます(「exceeded quota」)。Deployment なら ReplicaSet に FailedCreate が出ます。`,
  'quota.near': (p) => `80 % 以上使用しています。${p.resource} を必要とする次のいくつかのオブジェクトは拒否されるかもしれません。`,
  'quota.room': () => '余裕があります。',
  'quota.needs-values': (p) =>
    `このクォータが ${p.resource} を制限しているため、新しい Pod はその値(requests か limits)を書かないと拒否されます。LimitRange が既定値を補う場合を除きます。`,
  'quota.scopes': (p) => `スコープに入るオブジェクトだけを数えます: ${p.scopes}`,
  'quota.scopes.none': () => 'スコープなし: 名前空間のすべてのオブジェクトを数えます。',
  'quota.refused': (p) => `拒否した作成 (${p.count})`,
  'quota.refused.line': (p) => `${p.kind} ${p.name}: ${p.message}`,
  'quota.verdict.full': (p) =>
    `ResourceQuota ${p.name} は ${p.resources} が上限に達しています。さらに必要とする新しいオブジェクトは拒否されます`,
  'quota.verdict.refused': (p) => `ResourceQuota ${p.name} は最近 ${p.count} 件の作成を拒否しました`,
  'quota.verdict.near': (p) => `ResourceQuota ${p.name} は ${p.resources} を 80 % 以上使用しています`,
  'quota.verdict.ok': (p) => `ResourceQuota ${p.name} は ${p.count} 種類のリソースを制限しており、どれも余裕があります`,

  // ── LimitRange ──
  'lr.item': (p) => `${p.type} ごと`,
  'lr.default': (p) => `default: limits を書いていないコンテナに limits ${p.amounts} を設定します。`,
  'lr.default-request': (p) => `defaultRequest: requests を書いていないコンテナに requests ${p.amounts} を設定します。`,
  'lr.request-from-limit': () =>
    '既定の limits があり defaultRequest がないと、requests のないコンテナには limits と同じ requests が付きます。',
  'lr.min': (p) => `min ${p.amounts}: これより小さい requests や limits は作成時に拒否されます。`,
  'lr.max': (p) => `max ${p.amounts}: これより大きい limits(または limits なし)は作成時に拒否されます。`,
  'lr.ratio': (p) => `maxLimitRequestRatio ${p.amounts}: limits ÷ requests はこの値を超えられません。`,
  'lr.pods': (p) => `既定値を設定された Pod: ${p.count} 個`,
  'lr.pod': (p) => `${p.name}: ${p.what}`,
  'lr.pods.none': () => 'この名前空間に LimitRange から既定値を設定された Pod はありません。',
  'lr.when': () => '働くのは Pod(やクレーム)の作成時だけです。変更しても動いている Pod には影響せず、作り直したときに新しい値が付きます。',
  'lr.verdict.defaults': (p) =>
    `LimitRange ${p.name} は、値を書いていない ${p.types} に既定値を補います。${p.count} 個の Pod に設定済みです`,
  'lr.verdict.bounds': (p) => `LimitRange ${p.name} は ${p.types} ごとのリソースに上下限を設けます`,

  // ── PersistentVolume ──
  'pv.phase': (p) => `PersistentVolume ${p.name} は ${p.phase} です`,
  'pv.available': () => '空いています。バインドしたクレームはなく、クラス・サイズ・アクセスモードが合うクレームがバインドできます。',
  'pv.bound': (p) => `クレーム ${p.claim} にバインドされています。他のクレームは使えません。`,
  'pv.claim.gone': (p) => `クレーム ${p.claim} はもう存在しません。コントローラーがボリュームを Released にし、回収ポリシーを適用します。`,
  'pv.released.retain': () =>
    'クレームが削除され、データは残されています (Retain)。新しいクレームに自動では渡されません。データをコピーまたは消去してからボリュームを削除するか、spec.claimRef を外して Available にしてください。',
  'pv.released.other': (p) => `クレームが削除されました。回収ポリシー ${p.policy} を適用中です。`,
  'pv.failed': () => '回収(ストレージの削除や再利用)に失敗しました。ストレージが残っているかもしれません。理由はメッセージのとおりです。',
  'pv.pending': () => 'まだ使えません。ボリュームを準備中です。',
  'pv.reclaim': (p) => `回収ポリシー ${p.policy}`,
  'pv.reclaim.delete': () => 'クレームを削除すると、ボリュームとその裏のストレージも削除されます。データは失われます。',
  'pv.reclaim.retain': () => 'クレームを削除しても、ボリュームとデータは管理者が扱うまで残ります。',
  'pv.reclaim.recycle': () => 'Recycle は非推奨です。ファイルを消去してボリュームを再提供していました。',
  'pv.storage': (p) => `${p.capacity}、${p.modes}`,
  'pv.source.csi': (p) => `CSI ドライバー ${p.driver} が提供しています(ボリューム ${p.handle})。`,
  'pv.source': (p) => `${p.source} が提供しています。`,
  'pv.no-class': () => 'StorageClass がありません。クラスを求めない(storageClassName: "" か指定なしの)クレームだけがバインドできます。',
  'pv.affinity': () => '一部のノードでだけ使えます (nodeAffinity)。使う Pod はそのどれかにスケジュールされます',
  'pv.affinity.term': (p) => `${p.term}`,
  'pv.verdict.bound': (p) => `PersistentVolume ${p.name} は ${p.claim} にバインドされています`,
  'pv.verdict.orphan': (p) => `PersistentVolume ${p.name} は ${p.claim} にバインドされていますが、そのクレームはもうありません`,
  'pv.verdict.released': (p) =>
    `PersistentVolume ${p.name} は Released です。クレーム ${p.claim} が削除されました(回収ポリシー ${p.policy})`,
  'pv.verdict.other': (p) => `PersistentVolume ${p.name} は ${p.phase} です`,

  // ── IngressClass ──
  'ic.controller': (p) => `コントローラー ${p.controller} が実装します`,
  'ic.controller.detail': (p) =>
    `このクラスの Ingress は、${p.controller} と名乗る Ingress コントローラーが処理します。それが動いているかは API からは分かりません。どれも動いていなければ、これらの Ingress にはアドレスが付かず何もルーティングされません(その Pod を確認してください)。`,
  'ic.default': () => '既定の IngressClass',
  'ic.default.detail': () => 'spec.ingressClassName なしで作られた Ingress にはこのクラスが付きます。',
  'ic.default.several': (p) =>
    `既定に指定されたクラスが複数あります(${p.names})。1 つになるまで、クラスなしの新しい Ingress は拒否されます。`,
  'ic.parameters': (p) => `コントローラーの設定は ${p.kind} ${p.name} にあります`,
  'ic.ingresses': (p) => `${p.count} 個の Ingress が使用中`,
  'ic.ingress': (p) => `${p.ns}/${p.name}`,
  'ic.unset': (p) => `このクラスが既定になる前に作られた、クラスのない Ingress が ${p.count} 個あります`,
  'ic.unset.detail': (p) =>
    `既定のクラスが Ingress に書き込まれるのは作成時だけなので、これらには付いていません。このコントローラーが扱うかどうかはコントローラーしだいです。spec.ingressClassName: ${p.name} を設定してください。`,
  'ic.ingresses.none': () => 'このクラスを使う Ingress はありません。',
  'ic.verdict': (p) => `IngressClass ${p.name}${p.isDefault ? '(既定)' : ''}: このクラスの Ingress は ${p.controller} が処理します`,

  // ── PriorityClass ──
  'pc.value': (p) => `優先度 ${p.value}`,
  'pc.value.detail': () =>
    '値が大きいほど優先されます。Pending の Pod は優先度の順にスケジュールされ、ノードが逼迫すると kubelet は優先度の低い Pod から退避させます。',
  'pc.system': () => 'システム用の優先度(1000000000 超)で、クラスターの重要なコンポーネントのために予約されています。',
  'pc.preempt.lower': () => 'preemptionPolicy PreemptLowerPriority',
  'pc.preempt.lower.detail': () =>
    'どのノードにも空きがないとき、スケジューラーはこのクラスの Pod のために優先度の低い Pod を退避させる(プリエンプション)ことがあります。',
  'pc.preempt.never': () => 'preemptionPolicy Never',
  'pc.preempt.never.detail': () => 'このクラスの Pod は待ち行列で低い Pod より先に並びますが、他の Pod を退避させることはありません。',
  'pc.default': () => 'globalDefault: priorityClassName のない Pod にはこのクラスが付きます(作成時のみ)。',
  'pc.not-default': () => 'グローバルな既定ではありません。名前で指定した Pod だけに付きます。',
  'pc.pods': (p) => `${p.count} 個の Pod が使用中`,
  'pc.pod': (p) => `${p.ns}/${p.name}`,
  'pc.pods.none': () => 'このクラスを使う Pod はありません。',
  'pc.verdict': (p) =>
    `PriorityClass ${p.name}: 優先度 ${p.value}${p.never ? '、他の Pod を退避させません' : '、低い Pod を退避させることがあります'}。${p.count} 個の Pod が使用中`,

  // ── Endpoints ──
  'ep.deprecated': () => 'Endpoints API は v1.33 から非推奨です。EndpointSlice が後継です',
  'ep.deprecated.detail': (p) =>
    `kube-proxy、クラスター DNS、Ingress コントローラーは EndpointSlice (discovery.k8s.io/v1) を読みます。kubectl get endpointslices -l kubernetes.io/service-name=${p.name} を使ってください。このツールは下で EndpointSlice を説明します。`,
  'ep.mirror': (p) => `この Endpoints オブジェクトには Ready のアドレスが ${p.ready} 個、Ready でないアドレスが ${p.notReady} 個あります`,
  'ep.mirror.detail': () => '古いクライアントのために、コントローラーが Service に合わせて更新しています。',
  'ep.truncated': () => '切り詰められています。Endpoints オブジェクトは最大 1000 アドレスまでで、EndpointSlice にはすべてあります。',
  'ep.no-service': (p) => `Service ${p.name} はありません。このエンドポイントは手動で管理されているか、残骸です。`,
  'ep.slice': (p) => `EndpointSlice ${p.name}: ${p.total} 個中 ${p.ready} 個のエンドポイントが Ready`,
  'ep.slice.detail': (p) => `Ready ではないが serving のもの ${p.serving} 個、終了中 ${p.terminating} 個。ポート ${p.ports}。`,
  'ep.slices.none': (p) => `Service ${p.name} の EndpointSlice がありません。この Service への通信はどこにも届きません。`,
  'ep.verdict': (p) =>
    `Endpoints ${p.name} は非推奨の API です。EndpointSlice (${p.slices} 個) には Ready なエンドポイントが ${p.ready} 個あります`,
  'ep.verdict.unread': (p) =>
    `Endpoints ${p.name} は非推奨の API です(Ready なアドレス ${p.ready} 個)。EndpointSlice は読み取れませんでした`,

  // ── Event ──
  'ev.about': (p) => `${p.what} についての ${p.type} イベント ${p.reason}`,
  'ev.field': (p) => `そのオブジェクトの ${p.field} についてです。`,
  'ev.when': (p) => `${p.count} 回発生、最初 ${p.first}、最後 ${p.last}`,
  'ev.ttl': () => 'イベントの保存期間は限られています(既定で 1 時間)。古いイベントは過ぎた状態を表しているかもしれません。',
  'ev.by': (p) => `報告元: ${p.by}`,
  'ev.by.detail': () => 'それが起きるのを見たコンポーネント(コントローラー、スケジューラー、kubelet)です。',
  'ev.gone': (p) => `${p.what} はもう存在しません。`,
  'ev.next.title': () => '次に見るもの',
  'ev.next': (p) => `kubexplain explain ${p.kind}/${p.name}`,
  'ev.verdict.warning': (p) => `${p.what} で Warning ${p.reason}${Number(p.count) > 1 ? `(×${p.count})` : ''}: ${p.message}`,
  'ev.verdict.normal': (p) =>
    `${p.what} で Normal ${p.reason}${Number(p.count) > 1 ? `(×${p.count})` : ''}: 通常の処理で、問題ではありません`,

  // ── PodDisruptionBudget ──
  'pdb.selector': (p) => `${p.selector} に一致する Pod が対象です。現在 ${p.count} 個`,
  'pdb.selector.all': (p) => `空のセレクター: 名前空間のすべての Pod が対象です(現在 ${p.count} 個)`,
  'pdb.selector.none': () => 'セレクターがありません。どの Pod も対象になりません',
  'pdb.pod': (p) => `${p.name}: ${p.phase}${p.ready ? '、Ready' : '、Ready ではない'}`,
  'pdb.pods.none': () =>
    '一致する Pod がありません。何も守っていません。セレクターと Pod のラベルを見比べてください(kubectl get pods --show-labels)。',
  'pdb.min': (p) =>
    `minAvailable ${p.value}: 自発的な中断の間も ${p.expected} 個のうち少なくとも ${p.count} 個の Pod が正常でなければなりません`,
  'pdb.max': (p) => `maxUnavailable ${p.value}: 自発的な中断の間、${p.expected} 個のうち利用不能になってよいのは ${p.count} 個までです`,
  'pdb.healthy': (p) =>
    `現在 ${p.current} 個が正常 (Ready)、必要なのは ${p.desired} 個、コントローラーが予定する数は ${p.expected} 個です。`,
  'pdb.unhealthy.always': () => 'unhealthyPodEvictionPolicy AlwaysAllow: Ready でない Pod はいつでも退避できます。',
  'pdb.unhealthy.if-healthy': () => 'Ready でない Pod を退避できるのは、バジェットが満たされている間だけです(既定の IfHealthyBudget)。',
  'pdb.allowed': (p) => `いま許される中断は ${p.count} 件`,
  'pdb.allowed.detail': (p) =>
    `退避(kubectl drain、ノードのアップグレード、クラスターオートスケーラー)はいまこれらの Pod のうち ${p.count} 個まで行えます。それ以上は Pod が正常に戻るまで待ちます。`,
  'pdb.blocked.detail': () =>
    "これらの Pod の退避はすべて拒否されます(429「Cannot evict pod as it would violate the pod's disruption budget」)。kubectl drain は再試行を続けて終わらず、ノードのアップグレードも止まります。Pod を直接削除することは妨げられません。",
  'pdb.fix.unhealthy': (p) =>
    `正常な Pod は ${p.healthy} 個で、${p.desired} 個必要です。Pod を Ready にする(各 Pod を explain してください)か、unhealthyPodEvictionPolicy: AlwaysAllow で正常でない Pod の退避を許してください。`,
  'pdb.fix.max': (p) => `maxUnavailable ${p.value} では 1 個も退避できません。1 以上にしてください。`,
  'pdb.fix.min-all': (p) =>
    `minAvailable ${p.value} は ${p.expected} 個すべてを求めています。下げる(または maxUnavailable: 1 を使う)か、求める数より多くのレプリカを動かしてください。`,
  'pdb.fix.min': () => 'minAvailable が求める数より多くのレプリカを動かすか、minAvailable を下げてください。',
  'pdb.verdict.no-pods': (p) => `PodDisruptionBudget ${p.name} はどの Pod も選択していません。何も守っていません`,
  'pdb.verdict.blocked': (p) =>
    `PodDisruptionBudget ${p.name} が許す中断は 0 件です(正常 ${p.healthy} 個、必要 ${p.desired} 個)。この Pod の drain と退避は止まります — ${p.next}`,
  'pdb.verdict.ok': (p) => `PodDisruptionBudget ${p.name} は ${p.count} 件の中断を許します(正常 ${p.healthy} 個、必要 ${p.desired} 個)`,

  // ── 汎用 ──
  'generic.verdict.bad': (p) => `${p.kind} ${p.name}: ${p.conditions}`,
  'generic.verdict.phase': (p) => `${p.kind} ${p.name} はフェーズ ${p.phase} です`,
  'generic.verdict.behind': (p) => `${p.kind} ${p.name}: コントローラーが最新の spec をまだ処理していません`,
  'generic.verdict.ok': (p) => `${p.kind} ${p.name}: 報告されている Condition はすべて正常です`,
  'generic.verdict.neutral': (p) =>
    `${p.kind} ${p.name} は、このツールが良し悪しを判断できない種類の Condition を報告しています。下を読んでください`,
  'generic.verdict.none': (p) =>
    `${p.kind} ${p.name} は Condition を報告していません。この種類専用の説明はないため、所有者とイベントだけを示します`,
};
