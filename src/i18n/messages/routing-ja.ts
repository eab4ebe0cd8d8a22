// `trace` と `dns` の日本語の文面。キーと引数は routing-en.ts と同じ(RoutingMessages 型で揃える)。
import type { RoutingMessages } from './routing-en.js';
import { gatewayJa } from './routing-gateway-ja.js';

export const routingJa: RoutingMessages = {
  ...gatewayJa,
  none: () => 'なし',
  more: (p) => `… ほか ${p.count} 件`,
  'near.names': (p) => `近い名前: ${p.names}。`,
  'offline.unknown': () =>
    'オフライン (-f): Ready かどうか、EndpointSlice、IP はマニフェストからは分かりません。ワークロードの Pod テンプレートを Pod の代わりに使っています',

  'verdict.broken': (p) => `${p.hop} で途切れています: ${p.title} — ${p.fix}`,
  'verdict.warning': (p) => `通りますが ${p.hop} に注意点があります: ${p.title}${p.fix ? ` — ${p.fix}` : ''}`,
  'verdict.ok': (p) => `すべてのホップが正常です(${p.hops} ホップ): トラフィックは Ready な Pod に届きます`,
  'verdict.ok.condition': (p) => `トラフィックは Ready な Pod に届きます(${p.hops} ホップ)。${p.condition}`,
  'verdict.ok.externalname': (p) =>
    `すべてのホップが正常です: DNS は ${p.name} に ${p.ext} への CNAME で答えます。このクラスターの Pod は関わりません`,
  'verdict.ok.offline': () =>
    'マニフェストから分かる範囲ではすべてのホップが正常です。Ready かどうかとエンドポイントはクラスター上でしか分かりません',

  'type.noip': () => '未割り当て',
  'type.title': (p) => `Service タイプ ${p.type}、クラスター IP ${p.ips}`,
  'type.clusterip': (p) =>
    `クラスター内のクライアントは ${p.ips} の ${p.ports} に接続します。この IP はどのマシンにも属さない仮想 IP で、各ノードの kube-proxy がその宛先への接続を Ready なエンドポイントの 1 つへ書き換えます。`,
  'type.nodeport': (p) => `NodePort: すべてのノードがノードポート ${p.ports} でも受け付け、同じように転送します。`,
  'type.lb': (p) => `LoadBalancer: 外部ロードバランサー ${p.addrs} がノードポートへ転送します。`,
  'type.lb.pending': () =>
    'LoadBalancer: 外部アドレスがまだありません(status.loadBalancer が空)。まだどのコントローラーもロードバランサーを用意していません。',
  'type.lb.pending.title': (p) =>
    `Service タイプ LoadBalancer: EXTERNAL-IP が <pending> のままで、外部アドレスがまだありません(クラスター IP ${p.ips})`,
  'type.lb.pending.class': (p) =>
    `spec.loadBalancerClass が ${p.cls} です。アドレスを割り当てるのはそのクラスのコントローラーだけで、クラウドプロバイダーの既定のコントローラーはこの Service を扱いません。`,
  'type.lb.pending.fix': (p) =>
    `${p.cls ? `loadBalancerClass ${p.cls} のコントローラーが動いているか確かめてください` : 'クラウドプロバイダーや MetalLB などのコントローラーがアドレスを割り当てる必要があります'}。コントローラーが報告した内容(SyncLoadBalancerFailed など)は kubectl describe service ${p.name} -n ${p.ns} で分かります${p.nodePorts ? '。それまではノードポートで届きます' : ''}`,
  'type.externalips': (p) => `externalIPs ${p.ips}: kube-proxy はこれらのアドレス宛ての通信も受け付けます。`,
  'type.viaIngress': () => '多くの Ingress コントローラーはクラスター IP を経由せず、下のエンドポイントへ直接送ります。',
  'type.headless.title': (p) => `Headless Service (clusterIP: None)、ポート ${p.ports}`,
  'type.headless': (p) =>
    `仮想 IP も kube-proxy のルールもありません。DNS が ${p.name}.${p.ns}.svc を Ready なエンドポイントの IP で答え、クライアントは Pod に直接接続します(kubexplain dns service/${p.name} を参照)。`,
  'type.externalname.title': (p) => `ExternalName Service → CNAME ${p.name}`,
  'type.externalname': (p) =>
    `DNS は ${p.name} を ${p.ext} への CNAME で答えます。プロキシもエンドポイントもポートも関係しません。クライアントは ${p.ext} の解決先に、自分が使った名前(TLS の SNI、HTTP の Host)のまま接続するので、相手のサーバーがその名前を受け付ける必要があります。`,
  'type.externalname.ip.title': (p) => `ExternalName ${p.ext} は IP アドレスで、DNS はこれを数字でできた名前として扱います`,
  'type.externalname.ip': (p) =>
    `spec.externalName は DNS 名でなければなりません。DNS は ${p.name} に「${p.ext}」への CNAME を答えますが、この名前を解決する DNS サーバーはなく、クライアントはアドレスを得られません。`,
  'type.externalname.ip.fix': (p) =>
    `${p.ext} に届けるには、セレクターのない Service(ClusterIP、または clusterIP: None のヘッドレス)と、${p.ext} を載せた EndpointSlice を使ってください。または、それに解決される DNS 名を spec.externalName に書いてください`,
  'type.externalname.empty': () => 'type ExternalName なのに spec.externalName がありません。DNS が答えるものがありません。',
  'type.externalname.fix': () => 'spec.externalName に DNS 名を設定してください',

  'svc.missing.title': (p) => `Service ${p.name} がありません`,
  'svc.missing': (p) => `Namespace ${p.ns} に Service ${p.name} はありません。`,
  'svc.missing.fix': (p) => `Service を作成するか、名前を直してください。${p.near}`,
  'svc.port.missing.title': (p) => `Service にポート ${p.port} がありません`,
  'svc.port.missing': (p) => `Service ${p.name} には名前または番号が ${p.port} のポートがありません。`,
  'svc.port.missing.fix': (p) => `次のどれかを使ってください: ${p.ports}`,
  'svc.noports.title': () => 'Service にポートの定義がありません',
  'svc.noports': () =>
    'ポートがないと何も転送されず、EndpointSlice にもポートが載りません(ポートのない Headless Service でも DNS レコードは作られます)。',
  'svc.noports.fix': () => 'spec.ports に port と targetPort を追加してください',

  'tp.title': (p) => `Service ポート ${p.port} → targetPort ${p.target}`,
  'tp.title.none': (p) => `targetPort ${p.name}: 選ばれた Pod のどれにも ${p.name} という名前のコンテナポートがありません`,
  'tp.title.protocol': (p) => `Service ポートは ${p.svcProto} ですが、コンテナポート ${p.port} は ${p.ctrProto} です`,
  'tp.title.undeclared': (p) => `選ばれた Pod のどのコンテナもポート ${p.port} を宣言していません`,
  'tp.title.partial': (p) =>
    `targetPort ${p.name}: Pod ${p.total} 個のうち ${p.count} 個に ${p.name} という名前のコンテナポートがありません(${p.missing})`,
  'tp.unknown': () => 'Pod を読めなかったため、targetPort をコンテナのポートと照合できません。',
  'tp.nopods': () => 'targetPort を照合する Pod がありません(Pod のホップを参照)。',
  'tp.selectorless': (p) => `セレクターのない Service です。ポートは EndpointSlice 側に書かれ、targetPort ${p.port} は使われません。`,
  'tp.named.ok': (p) =>
    `名前 ${p.name} を各 Pod のコンテナポートから(名前とプロトコルで)探します: ${p.ports}、${p.total} 個中 ${p.count} 個の Pod で見つかりました。`,
  'tp.named.none': (p) =>
    `${p.name} という名前のコンテナポートを持つ Pod がありません。コンテナのポート: ${p.available}。EndpointSlice コントローラーはこのポートのエンドポイントを作りません。`,
  'tp.named.none.fix': (p) =>
    `Pod テンプレートのコンテナポートに名前 ${p.name} を付ける(ports: - name: ${p.name})か、targetPort をコンテナのポート番号にしてください`,
  'tp.named.partial': (p) =>
    `${p.name} は一部の Pod で ${p.ports} に解決されますが、${p.total} 個中 ${p.count} 個の Pod には ${p.name} という名前のコンテナポートがありません: ${p.missing}。それらの Pod にはこのポートのエンドポイントができません。`,
  'tp.named.partial.fix': (p) =>
    `それらの Pod のテンプレートに名前 ${p.name} のコンテナポートを追加してください(古い ReplicaSet が残っていることがよくあります)`,
  'tp.number.ok': (p) => `トラフィックは Pod のポート ${p.port} に届きます。宣言: ${p.ports}。`,
  'tp.number.nodecl': (p) =>
    `どのコンテナもポートを宣言していません。それでもトラフィックは Pod のポート ${p.port} に送られます(containerPort は情報にすぎません)。プロセスが ${p.port} で待ち受けていれば動きます。`,
  'tp.number.nodecl.fix': (p) => `コンテナが ${p.port} で待ち受けているか確認し、分かりやすさのため ports に宣言してください`,
  'tp.number.other': (p) =>
    `ポート ${p.port} を宣言しているコンテナがありません。宣言されているのは ${p.others} です。それでも Kubernetes はトラフィックを Pod のポート ${p.port} に送ります(containerPort は情報にすぎません)。プロセスが ${p.port} で待ち受けていれば届き、宣言されたポートでしか待ち受けていなければ接続は拒否されます。`,
  'tp.number.partial': (p) => `${p.total} 個中 ${p.count} 個の Pod がポート ${p.port} を宣言していません(宣言は ${p.others})。`,
  'tp.number.other.fix': (p) =>
    `アプリが ${p.port}${p.name} で待ち受けているなら Service の targetPort を ${p.port} に、${p.target} で待ち受けているならその containerPort を宣言してください`,
  'tp.protocol': (p) =>
    `プロトコルが一致しません: Service ポートは ${p.svcProto} ですが、コンテナポート ${p.name} は ${p.ctrProto} です(${p.port})。`,
  'tp.protocol.fix': (p) => `Service ポートに protocol: ${p.proto} を指定してください(またはコンテナポートのプロトコルを直してください)`,

  'eps.title.noport': (p) => `EndpointSlice: エンドポイント ${p.listed} 個がポート ${p.port} なしで載っています(スライス ${p.slices} 個)`,
  'eps.title': (p) => `EndpointSlice: エンドポイント ${p.total} 個中 ${p.ready} 個が Ready(スライス ${p.slices} 個)`,
  'eps.title.unknown': () => 'EndpointSlice: 不明',
  'eps.head': (p) =>
    `EndpointSlice コントローラーが kubernetes.io/service-name=${p.name} のラベル付きスライスを ${p.slices} 個管理しています。kube-proxy は Ready なエンドポイントにだけ送ります(Ready がひとつもないときだけ serving かつ terminating のものを使います)。`,
  'eps.head.headless': (p) =>
    `EndpointSlice コントローラーが kubernetes.io/service-name=${p.name} のラベル付きスライスを ${p.slices} 個管理しています。ヘッドレス Service なので kube-proxy は関わらず、クラスターの DNS が Ready なエンドポイントのアドレスだけを答えます。`,
  'eps.manual': (p) =>
    `セレクターのない Service です。EndpointSlice(kubernetes.io/service-name=${p.name}、管理者 ${p.managed})は手作業か別のコントローラーが書いたもので、Pod が変わっても Kubernetes は更新しません。`,
  'eps.line': (p) => `${p.address} ready=${p.ready} serving=${p.serving} terminating=${p.terminating} ${p.target} ノード ${p.node}`,
  'eps.serving': (p) => `${p.count} 個のエンドポイントは serving ですが Ready ではありません(終了中でもまだ応答する Pod)。`,
  'eps.terminating': (p) => `${p.count} 個のエンドポイントが終了中です。`,
  'eps.noport': (p) =>
    `Service ポート ${p.port} に対応するポートを持つスライスがありません。targetPort がどの Pod でも解決できていません。`,
  'eps.noport.fix': () => 'targetPort を直してください(targetPort のホップを参照)',
  'eps.noport.manual': (p) =>
    `EndpointSlice のポート名は ${p.have} です。kube-proxy はスライスのポートを同じ名前の Service ポートと組にしますが、この Service ポートの名前は ${p.want} です。`,
  'eps.noport.manual.fix': (p) => `EndpointSlice ${p.slice} のポートに、Service ポートと同じ名前 ${p.want} を付けてください`,
  'eps.noport.unnamed': () => '""(名前なし)',
  'eps.none.fix': () => 'エンドポイントがひとつもありません。セレクターが Pod に合うようにしてください(Pod のホップを参照)',
  'eps.none.notready.fix': () => 'Ready なエンドポイントがありません。Pod が Ready にならない原因を直してください(Pod のホップを参照)',
  'eps.some.fix': (p) => `${p.count} 個のエンドポイントは Ready になるまでトラフィックを受けません`,
  'eps.published': () =>
    'publishNotReadyAddresses が true なので、EndpointSlice コントローラーは Pod の状態にかかわらずすべてのエンドポイントを ready とし、DNS も kube-proxy もそれらを使います。',
  'eps.forbidden': () =>
    'EndpointSlice を読めませんでした(endpointslices.discovery.k8s.io の list 権限がありません)。代わりに下の Pod のホップでセレクターと Pod から判断します。',
  'eps.offline': (p) =>
    `オフライン: EndpointSlice コントローラーは ${p.selector} に合う Ready な Pod を載せます。どれが Ready かはマニフェストからは分かりません。`,
  'eps.offline.selectorless': () =>
    'オフライン: セレクターのない Service は、そのために書かれた EndpointSlice へ転送します。マニフェストにはありません。',
  'eps.selectorless.none': (p) =>
    `Service ${p.name} にはセレクターも kubernetes.io/service-name=${p.name} の EndpointSlice もありません。転送先がありません。`,
  'eps.selectorless.stray': (p) =>
    `EndpointSlice ${p.slice} はこの Service 向けに見えますが、ラベルが ${p.have} です。kube-proxy はこのラベルだけでスライスと Service を結びつけます。`,
  'eps.selectorless.stray.fix': (p) => `EndpointSlice ${p.slice} にラベル kubernetes.io/service-name=${p.name} を付けてください`,
  'eps.selectorless.none.fix': (p) =>
    `セレクターを付けるか、転送先のアドレスを書いた EndpointSlice を kubernetes.io/service-name=${p.name} のラベル付きで作成してください`,

  'pods.title': (p) => `セレクター ${p.selector} に合う Pod: ${p.count} 個`,
  'pods.title.notready': (p) =>
    `セレクター ${p.selector} に合う Pod: ${p.count} 個。Ready なものはありません(${p.pods}${p.more ? ` ほか ${p.more} 個` : ''})${p.listed ? `。エンドポイント ${p.listed} 個はありますが ready ではないため、トラフィックは送られません` : ''}`,
  'pods.title.readiness': (p) =>
    `セレクター ${p.selector} に合う Pod: ${p.count} 個。Ready なものはなく、${p.pod} の readiness probe (${p.probe}) が${p.status ? ` HTTP ${p.status} で` : ''}失敗しています`,
  'pods.title.unknown': () => 'Pod: 不明',
  'pods.forbidden': () => 'Pod を読めませんでした(pods の list 権限がありません)。',
  'pods.none.title': (p) => `セレクター ${p.selector} に合う Pod がありません`,
  'pods.none': (p) =>
    `Namespace の Pod ${p.count} 個のどれも ${p.selector} のラベルをすべては持っていないため、Service にエンドポイントがありません。`,
  'pods.nearmiss.head': () => 'おしい Pod(ラベルがほぼ同じ):',
  'pods.nearmiss': (p) => `  ${p.pod}: ${p.diffs}`,
  'pods.nearmiss.absent': (p) => `ラベル ${p.key} がない(${p.want} が必要)`,
  'pods.nearmiss.value': (p) => `${p.key}=${p.have}(≠ ${p.want})`,
  'pods.terminating': () => ' 終了処理中',
  'ingress.class.isdefault': (p) => `${p.cls}(既定)`,
  'pods.nearmiss.key': (p) => `${p.key}=${p.want} ではなく ${p.have} を持っている`,
  'pods.none.fix': (p) => `Pod テンプレートに ${p.selector} のラベルを付けるか、Service のセレクターを Pod が持つラベルに変えてください`,
  'pods.nearfix.value': (p) =>
    `${p.pod} は ${p.key}=${p.have} を持っています。Service のセレクター ${p.key}=${p.want} を ${p.key}=${p.have} に直してください(セレクターが正しいなら Pod テンプレートのラベルを直します)`,
  'pods.nearfix.key': (p) =>
    `${p.pod} はそのラベルをキー ${p.have} で持っています。Service のセレクターのキー ${p.key} を ${p.have} に直してください(セレクターが正しいなら Pod テンプレートのラベルを直します)`,
  'pods.nearfix.absent': (p) =>
    `${p.pod} は ${p.key}=${p.want} 以外のラベルをすべて持っています。Service のセレクター ${p.selector} から ${p.key} を外すか、その Pod テンプレートにラベルを付けてください`,
  'pods.misplaced': (p) =>
    `${p.workload} は ${p.labels} を自分の metadata.labels に持っていますが、Service が選ぶのは Pod で、Pod に付くのは spec.template.metadata.labels のラベルです。`,
  'pods.misplaced.fix': (p) => `${p.labels} を ${p.workload} の metadata.labels から spec.template.metadata.labels に移してください`,
  'pods.zero.title': (p) => `${p.workload} のレプリカ数が 0 です`,
  'pods.zero': (p) =>
    `${p.workload} の Pod テンプレートは ${p.selector} に合っていますが、レプリカ数が 0 なので送り先の Pod がありません。ラベルは正しいです。`,
  'pods.zero.fix': (p) => `スケールしてください: kubectl scale ${p.workload} --replicas=1 -n ${p.ns}`,
  'pods.notcreated.title': (p) => `${p.workload} の Pod がありません`,
  'pods.notcreated': (p) =>
    `${p.workload} の Pod テンプレートはセレクターに合い、レプリカ ${p.replicas} 個を求めていますが、Pod がありません。コントローラーが作成できていません。`,
  'pods.notcreated.fix': (p) => `原因を調べてください: kubexplain explain ${p.workload} -n ${p.ns}`,
  'pods.noendpoint': (p) =>
    `${p.count} 個の Pod が Ready ですが、この Service ポートの ready なエンドポイントになっているものがありません(エンドポイントの欄を参照)。Service のトラフィックは届きません。`,
  'pods.noendpoint.fix': () => 'Service の port と targetPort が Pod のポートに合っているか、EndpointSlice が最新かを確かめてください',
  'readiness.cause': (p) =>
    `原因: ${p.pod} の readiness probe (${p.probe}) が${p.status ? ` HTTP ${p.status} で` : ''}失敗しています。kubelet のメッセージ: 「${p.said}」(${p.count} 回)。`,
  'readiness.fix': (p) =>
    `readiness probe が成功するようにしてください(確認先のエンドポイント、または probe のパスとポートを直します): kubexplain explain pod/${p.pod} -n ${p.ns}`,
  'pods.notready': (p) =>
    `${p.count} 個の Pod が合っていますが、Ready なものがありません。EndpointSlice コントローラーはそれらを not ready とし、kube-proxy は何も送りません。`,
  'pods.title.published': (p) =>
    `セレクター ${p.selector} に合う Pod は ${p.count} 個で Ready なものはありませんが、トラフィックを受けています(publishNotReadyAddresses)`,
  'pods.notready.published': (p) =>
    `${p.count} 個の Pod が合っていて Ready なものはありませんが、publishNotReadyAddresses: true のためエンドポイントは ready として公開されます。readiness のチェックに失敗している間も、kube-proxy と DNS はトラフィックを送ります。`,
  'pods.elsewhere.title': (p) => `セレクター ${p.selector} に合う Pod はこの Namespace になく、Namespace ${p.ns} にだけあります`,
  'pods.elsewhere': (p) =>
    `Service が選ぶのは自分の Namespace(${p.ns})の Pod だけです。ほかの Namespace の ${p.selector} の Pod はエンドポイントになりません:`,
  'pods.elsewhere.line': (p) => `Namespace ${p.ns}: Pod ${p.count} 個(${p.pods})`,
  'pods.elsewhere.fix': (p) =>
    `Service を Pod と同じ Namespace ${p.ns} に作るか(どの Namespace のクライアントも ${p.name}.${p.ns} で届きます)、ワークロードを Namespace ${p.here} で動かしてください`,
  'pods.elsewhere.fix.many': (p) =>
    `Service を、届けたい Pod のある Namespace に作るか、そのワークロードを Namespace ${p.here} で動かしてください`,
  'pods.mixed.title': (p) => `セレクター ${p.selector} が ${p.count} 種類のアプリの Pod に合っています(${p.apps})`,
  'pods.mixed': (p) =>
    `セレクター ${p.selector} では ${p.count} つのアプリを区別できません。kube-proxy は Service への接続をそのすべての Pod に振り分けるので、クライアントにはどちらのアプリが応えるか分かりません。`,
  'pods.mixed.line': (p) => `${p.app}: Pod ${p.count} 個(例: ${p.pod})`,
  'pods.mixed.fix': (p) => `Service ${p.name} のセレクターに ${p.label} を加えて、そのアプリの Pod だけを選ぶようにしてください`,
  'pods.mixed.fix.choose': (p) => `Service のセレクターに、応えるべき Pod のアプリのラベルを加えてください(${p.labels} のどれか)`,
  'pods.notready.fix': (p) => `Ready にならない原因を調べてください: kubexplain explain pod/${p.pod} -n ${p.ns}`,
  'pods.some': (p) => `${p.total} 個中 ${p.ready} 個の Pod が Ready です。トラフィックを受けるのはそれらだけです。`,
  'pods.all': (p) => `${p.count} 個の Pod がすべて Ready で、トラフィックを受けています。`,
  'pods.line': (p) => `${p.pod} ${p.phase} Ready=${p.ready} ${p.ip} エンドポイント: ${p.endpoint}${p.terminating}`,
  'pods.ep.ready': () => 'Ready',
  'pods.ep.notready': () => 'Ready ではない',
  'pods.ep.none': () => 'なし',
  'pods.selectorless.title': () => '手動の EndpointSlice の先の Pod',
  'pods.selectorless': () => '手動のエンドポイントはこの Namespace の Pod を指していません(クラスター外の IP か、別の場所の Pod)。',
  'pods.offline': () => 'オフライン: 次のワークロードの Pod テンプレートが選択されるラベルを持っています。それらが作る Pod が選ばれます。',
  'pods.template.line': (p) => `${p.what}${p.replicas}`,
  'pods.replicas': (p) => `(レプリカ ${p.count})`,

  'ctr.title': (p) => `コンテナポート ${p.port}`,
  'ctr.title.unknown': () => 'コンテナポート: 不明',
  'ctr.unknown': () => '対象の Pod がありません。',
  'ctr.line': (p) => `${p.port}(Pod ${p.count} 個)`,
  'ctr.undeclared': (p) => `Pod のポート ${p.port}(どのコンテナも宣言していない)`,
  'ctr.missing': (p) => `${p.name} という名前のコンテナポートがない`,

  'netpol.title': (p) => `ポート ${p.port} に対する NetworkPolicy`,
  'netpol.none': () => 'これらの Pod を選ぶ NetworkPolicy はありません。受信はすべて許可されます。',
  'netpol.unknown': () => 'NetworkPolicy を読めませんでした(networkpolicies.networking.k8s.io の list 権限がありません)。',
  'netpol.all': () => 'どこからでも許可されます。少なくとも 1 つのポリシーがこのポートをすべての送信元に許可しています。',
  'netpol.some': () => '一部の送信元からだけ許可されます。トレースでは送信元が分からないので、クライアント次第です:',
  'netpol.denied': (p) => `拒否されます。これらの Pod を選ぶ NetworkPolicy があり、どれも ${p.port} をどの送信元からも許可していません。`,
  'netpol.denied.title': (p) => `NetworkPolicy ${p.policies} は ${p.port} を何も許可していません`,
  'netpol.denied.undeclared.fix': (p) =>
    `Service の targetPort を、宣言されていて ${p.policies} が許可しているポート ${p.declared} にしてください。アプリが本当に ${p.target} で待ち受けているなら、ポート ${p.port} の ingress ルールを ${p.policies} に追加してください`,
  'netpol.denied.fix': (p) =>
    `ポート ${p.port} を(必要なクライアントから)許可する ingress ルールを ${p.policies} に、またはこれらの Pod を選ぶ新しいポリシーに追加してください`,
  'netpol.line.all': (p) => `  ${p.policy}: ${p.port} をどこからでも許可`,
  'netpol.line.none': (p) => `  ${p.policy}: ${p.port} を何も許可しない`,
  'peer.ipblock': (p) => `ipBlock ${p.cidr}${p.except ? `(${p.except} を除く)` : ''}`,
  'peer.pods': (p) => `Pod ${p.selector}`,
  'peer.allpods': () => 'すべての Pod',
  'peer.namespace': (p) => `名前空間 ${p.ns}`,
  'peer.namespaces': (p) => `名前空間 ${p.selector}`,
  'peer.allnamespaces': () => 'すべての名前空間',
  'peer.from': (p) => `${p.where} の ${p.pods}`,
  'netpol.line.some': (p) => `  ${p.policy}: ${p.port} を ${p.sources} から許可`,
  'netpol.cni': () => 'NetworkPolicy はネットワークプラグイン(CNI)が対応している場合にだけ適用されます。',
  'netpol.condition': (p) =>
    `ただし NetworkPolicy ${p.policies} が ${p.port} で許可する送信元(${p.sources})からだけです。それ以外からの接続は Pod で破棄されます${p.proxy ? '(Ingress コントローラーや Gateway の Pod も、その送信元に含まれている必要があります)' : ''}`,
  'netpol.dead.title': (p) =>
    `NetworkPolicy ${p.policy} は ${p.port} を ${p.selector} に合う Pod から許可していますが、名前空間 ${p.ns} にそのような Pod がありません`,
  'netpol.dead': (p) =>
    `namespaceSelector のない podSelector は、ポリシーと同じ名前空間(${p.ns})の Pod を指します。そこには ${p.selector} に合う Pod がないので、この送信元からは何も許可されません。`,
  'netpol.dead.all': (p) =>
    `${p.port} を許可する送信元はほかにありません。これらの Pod のこのポートへの接続はすべて破棄されます(Ingress コントローラー、Gateway、別の名前空間からも)。`,
  'netpol.dead.fix': (p) =>
    `クライアントが別の名前空間で動いているなら、podSelector ${p.selector} と同じ from の要素に namespaceSelector を加えてください。そうでなければクライアントの Pod に ${p.selector} のラベルを付けてください(そのラベルの Pod がどこで動いているかは kubexplain explain networkpolicy/${p.policy} -n ${p.ns} で分かります)`,

  'netpol.deadpods.title': (p) =>
    `NetworkPolicy ${p.policy} は ${p.port} を ${p.nsSelector} に合う名前空間の ${p.selector} に合う Pod から許可していますが、そこにはそのような Pod がありません`,
  'netpol.deadpods': (p) =>
    `同じ from の要素では namespaceSelector と podSelector の両方に合う必要があります。${p.nsSelector} に合う名前空間(${p.namespaces})には ${p.selector} に合う Pod がないので、この送信元からは何も許可されません。`,
  'netpol.deadpods.fix': (p) =>
    `${p.selector} をクライアントの Pod のラベルと見比べてください(kubectl get pods ${p.scope} --show-labels、kubexplain explain networkpolicy/${p.policy} -n ${p.ns})`,
  'netpol.deadns.title': (p) =>
    `NetworkPolicy ${p.policy} は ${p.port} を ${p.nsSelector} に合う名前空間から許可していますが、そのラベルを持つ名前空間がありません`,
  'netpol.deadns': (p) =>
    `namespaceSelector が見るのは名前空間のラベルで、名前ではありません。${p.nsSelector} を持つ名前空間はないので、この送信元からは何も許可されません。どの名前空間にもラベル kubernetes.io/metadata.name=<名前> があります。`,
  'netpol.deadns.fix': (p) =>
    `クライアントの名前空間を kubernetes.io/metadata.name で選ぶか、その名前空間に ${p.nsSelector} のラベルを付けてください(kubectl get namespaces --show-labels、kubexplain explain networkpolicy/${p.policy} -n ${p.ns})`,
  'etp.title': (p) => `externalTrafficPolicy: ${p.policy}`,
  'etp.cluster': () =>
    'Cluster: どのノードも外部からの通信を受け、別ノードのエンドポイントへ転送することがあります。送信元 IP はノードのものに置き換わります(SNAT)。',
  'etp.local': (p) =>
    `Local: ノードは外部からの通信を自ノード上のエンドポイントにだけ送り、クライアント IP を保ちます。エンドポイントのないノードはロードバランサーのヘルスチェック(healthCheckNodePort ${p.port})に失敗します。`,
  'itp.title': (p) => `internalTrafficPolicy: ${p.policy}`,
  'itp.cluster': () => 'Cluster: クラスター内からの通信は Ready なエンドポイントのどれかに届きます。',
  'itp.local': () => 'Local: Pod からの通信は同じノード上のエンドポイントにだけ送られます。そのノードになければ破棄されます。',
  'affinity.title': (p) => `sessionAffinity: ${p.affinity}`,
  'affinity.clientip': (p) => `kube-proxy は同じクライアント IP を ${p.seconds} 秒間同じエンドポイントへ送ります。`,
  'pnr.title': () => 'publishNotReadyAddresses: true',
  'pnr.detail': () =>
    'Ready でない Pod のエンドポイントも公開されます(DNS と serving)。StatefulSet のメンバーが Ready になる前に互いを見つける必要があるときによく使われます。',

  'ingress.class.title': (p) => `IngressClass ${p.cls}`,
  'ingress.class.title.missing': (p) => `IngressClass ${p.cls} は存在しません。この Ingress を受け持つコントローラーはありません`,
  'ingress.class.title.noaddress': (p) => `IngressClass ${p.cls}: この Ingress にアドレスを公開したコントローラーはまだありません`,
  'ingress.class.found': (p) => `IngressClass ${p.cls} があり、コントローラー ${p.controller} がこの Ingress を担当します。`,
  'ingress.class.default': (p) => `クラスの指定はなく、既定の IngressClass ${p.cls}(コントローラー ${p.controller})が使われます。`,
  'ingress.class.missing': (p) =>
    `IngressClass ${p.cls} がありません。この Ingress を拾う Ingress コントローラーがないので、ルールは何も振り分けません。`,
  'ingress.class.title.none': () => 'IngressClass なし: 指定がなく、既定がひとつに決まりません',
  'ingress.class.none': (p) =>
    `ingressClassName がなく、既定の IngressClass が ${p.count} 個です(1 個必要)。担当するコントローラーが決まりません。`,
  'ingress.class.annotation': () =>
    'クラスは非推奨のアノテーション kubernetes.io/ingress.class で指定されています。spec.ingressClassName を使ってください。',
  'ingress.class.unknown': () => 'IngressClass を読めませんでした(ingressclasses.networking.k8s.io の list 権限がありません)。',
  'ingress.class.offline': () =>
    'IngressClass はクラスターのオブジェクトで、マニフェストにはありません。どのコントローラーがこの Ingress を担当するかはクラスター上でしか分かりません。',
  'ingress.class.title.unset': (p) => `ingressClassName がなく、既定の IngressClass ${p.cls} も入っていません`,
  'ingress.class.unset': (p) =>
    `API サーバーが既定のクラスを Ingress に書き込むのは作成時だけです。この Ingress は ${p.cls} が既定になる前に(または DefaultIngressClass アドミッションプラグインなしで)作られました。クラスのない Ingress をコントローラー ${p.controller} が扱うかどうかはそのコントローラーしだいなので、クラスを明示してください。`,
  'ingress.class.unset.fix': (p) => `${p.name} に spec.ingressClassName: ${p.cls} を設定してください`,
  'ingress.class.fix': (p) =>
    `そのクラスの Ingress コントローラーをインストールするか、${p.name} の spec.ingressClassName を既存のクラスにしてください(既存: ${p.classes})`,
  'ingress.class.none.fix': (p) =>
    `${p.name} の spec.ingressClassName に、担当させたいコントローラーのクラスを設定してください(既存: ${p.classes})。既定のクラスの指定は、その後に作られる Ingress にしか入りません`,
  'ingress.class.install.fix': (p) =>
    `このクラスターには IngressClass がひとつもなく、IngressClass を登録した Ingress コントローラーはありません: ${p.cls ? `クラス ${p.cls} のコントローラーを導入してください` : `Ingress コントローラーを導入し、${p.name} の spec.ingressClassName をそのクラスにしてください`}(コントローラーを導入すると、ふつうはその IngressClass も作られます)`,
  'ingress.address': (p) => `コントローラーがアドレス ${p.address} を公開しています。`,
  'ingress.noaddress': () => 'status.loadBalancer にアドレスがありません。まだどのコントローラーも Ingress を受け入れていません。',
  'ingress.noaddress.fix': () => 'このクラスのコントローラーが動いていて、この Namespace を監視しているか確認してください',
  'tls.title': (p) => `${p.hosts} の TLS(Secret ${p.secret})`,
  'tls.ok': () => 'Secret は kubernetes.io/tls タイプで存在します。コントローラーはこれで TLS を終端します。',
  'tls.nosecret': () => 'secretName がありません。コントローラーは(あれば)既定の証明書を使います。',
  'tls.unknown': () => 'Secret があるかどうかを読めませんでした(権限がないか、オフライン)。',
  'tls.missing': (p) => `Secret ${p.secret} がありません。コントローラーはこれらのホストに既定の(偽の)証明書を出します。`,
  'tls.missing.fix': (p) =>
    `Namespace ${p.ns} に kubernetes.io/tls の Secret ${p.secret} を作成してください(kubectl create secret tls ${p.secret} --cert=… --key=…)`,
  'tls.type': (p) => `Secret のタイプが kubernetes.io/tls ではなく ${p.type} です。コントローラーは tls.crt と tls.key を期待します。`,
  'ingress.host': (p) => `Host が ${p.host} のリクエストで`,
  'ingress.host.any': () => 'Host を問わないリクエストで(ルールにホストの指定なし)',
  'ingress.path': (p) => `パスが ${p.path} のもの(pathType ${p.type}: ${p.meaning})は`,
  'pathtype.exact': () => 'パスが完全に一致するもの(大文字小文字を区別)',
  'pathtype.prefix': () => 'このパスとその下すべて。/ で区切った要素ごとに比べる',
  'pathtype.impl': () => '一致の仕方は IngressClass のコントローラー次第',
  'ingress.default': () => '(既定のバックエンド)',
  'ingress.default.detail': () => 'どのルールにも合わないリクエストは既定のバックエンドへ送られます。',
  'ingress.rule.title.missing': (p) => `ルール ${p.where}: Service ${p.service} がありません`,
  'ingress.rule.title.badport': (p) => `ルール ${p.where}: Service ${p.service} にポート ${p.port} がありません`,
  'ingress.rule.title': (p) => `ルール ${p.where} → Service ${p.service} ポート ${p.port}`,
  'ingress.rule.detail': () => 'この Service ポートへ送られます(バックエンドは名前か番号でポートを指定します)。',
  'ingress.backend.missing': (p) =>
    `Namespace ${p.ns} に Service ${p.service} がありません。これらのリクエストにはコントローラーが自分でエラーを返します(ingress-nginx なら 503)。`,
  'ingress.backend.unknown': (p) => `Service ${p.service} を読めませんでした。`,
  'ingress.backend.offline': (p) => `Service ${p.service} はマニフェストにありません。クラスターには存在するかもしれません。`,
  'ingress.backend.missing.fix': (p) => `Service ${p.service} を作成するか、バックエンドを既存の Service に向けてください。${p.near}`,
  'ingress.backend.noport.fix': (p) =>
    `バックエンドにポートの指定がありません。port.name か port.number を指定してください(ポート: ${p.ports})`,
  'ingress.backend.badport': (p) => `Service ${p.service} にポート ${p.port} がありません。`,
  'ingress.backend.badport.fix': (p) => `バックエンドを Service ${p.service} のポートのどれかに向けてください: ${p.ports}。${p.hint}`,
  'backend.targetport': (p) =>
    `${p.port} はポート ${p.svcPort} の targetPort(Pod 側のポート)です。バックエンドには Service 自身のポート ${p.svcPort} を書きます。`,
  'ingress.resource.title': (p) => `バックエンドはリソース ${p.kind}/${p.name}`,
  'ingress.resource.detail': () =>
    'リソースのバックエンド(ストレージのバケットなど)はコントローラー自身が応答します。トレースの対象外です。',
  'ingress.norules.title': () => 'ルールも既定のバックエンドもありません',
  'ingress.norules.detail': () => 'この Ingress は何も振り分けません。',
  'ingress.norules.fix': () => 'spec.rules か spec.defaultBackend を追加してください',

  'label.notes': () => '補足',
  'label.domain': (p) => `クラスタードメイン: ${p.zone}(${p.source})`,
  'label.source.detected': () => '検出',
  'label.source.flag': () => '--cluster-domain で指定',
  'label.source.assumed': () => '仮定',
  'label.offline': () => '(オフライン)',
  'label.warning': (p) => `警告: ${p.text}`,
  'md.trace.title': (p) => `trace ${p.kind} ${p.name}${p.port}(名前空間 ${p.ns})`,
  'md.trace.columns': () => '#|状態|どこから|どこへ|所見',
  'md.dns.title': (p) => `${p.kind} ${p.name} の DNS 名(名前空間 ${p.ns})`,
  'md.dns.domain': (p) => `クラスタードメイン: ${p.zone}(${p.source})`,
  'md.dns.short': () => '短い名前',
  'md.warnings': () => '警告',
  'label.columns': () => 'タイプ|名前|値|説明',
  'label.short': (p) => `短い名前(search ${p.domains}、ndots:${p.ndots})`,
  'label.short.line': (p) =>
    `${p.from === '*' ? 'どの Namespace からも' : `Namespace ${p.from} から`}: 問い合わせ ${p.tries} 回 → ${p.fqdn}`,
  'hop.title': (p) => `${p.from} → ${p.to}: ${p.title}`,
  'slice.title': (p) => `EndpointSlice ${p.name}: ${p.total} 個中 ${p.ready} 個が Ready、${p.type}`,
  'slice.detail': (p) => `Service ${p.service}、管理者 ${p.managed}、ポート ${p.ports}`,
  'slice.nolabel': () => 'スライスに kubernetes.io/service-name ラベルがありません。どの Service もここへは転送しません',
  'slice.nosvc': (p) => `スライスのラベルが指す Service ${p.service} がありません`,
  'trace.podname': (p) =>
    `${p.name} は Service ${p.service} の後ろの Pod 1 つ(hostname ${p.hostname})の名前です。トレースは Service 全体を示します`,
  'dns.search.title': () => '短い名前と検索パス',
  'dns.search': (p) =>
    `Pod の /etc/resolv.conf(dnsPolicy ClusterFirst)には search ${p.domains} と options ndots:${p.ndots} があります。ドットが ${p.ndots} 個より少ない名前は、まず検索ドメインを順に付けて試し、最後にそのまま試します。そのため末尾にドットのない完全な名前でも余計な問い合わせが起きます。末尾に「.」を付ければ 1 回で済みます。`,
  'dns.zone.title': (p) => `クラスタードメイン ${p.zone}(仮定)`,
  'dns.zone.assumed': () =>
    'CoreDNS の ConfigMap(kube-system/coredns)を読めなかったため、ゾーンを cluster.local と仮定しています。別のドメインを使うクラスターでは --cluster-domain を指定してください。',
  'dns.offline': () => 'オフライン (-f): IP とエンドポイントはクラスターが割り当てるため、名前だけを値なしで示しています',
  'dns.cname': () => 'ExternalName: CNAME。クラスター IP はない',
  'dns.externalname.title': () => 'ExternalName Service',
  'dns.externalname': (p) =>
    `この Service は DNS の別名にすぎません。問い合わせには ${p.ext} への CNAME が返り、その先は上流の DNS が解決します。SRV レコードもエンドポイントもありません。`,
  'dns.a.clusterip': () => 'クラスター IP(仮想 IP。kube-proxy 経由)',
  'dns.a.offline': () => 'オブジェクト作成時に割り当て(オフラインでは不明)',
  'dns.a.offline.headless': () => 'Ready なエンドポイントの IP(オフラインでは不明)',
  'dns.a.sts': (p) => `StatefulSet ${p.sts} の Pod #${p.i}(IP はオフラインでは不明)`,
  'dns.srv': (p) => `名前付きポート → クラスター IP の名前のポート ${p.port}`,
  'dns.srv.headless': () => 'Ready なエンドポイントごとに 1 つの SRV 応答',
  'dns.service.title': () => 'Service の A/AAAA と SRV レコード',
  'dns.service': (p) =>
    `${p.base} はクラスター IP に解決されます(IPv4 は A、IPv6 は AAAA、IP ファミリーごとに 1 つ)。IP は Service がある限り変わらず、後ろの Pod が入れ替わります。`,
  'dns.srv.title': () => 'SRV レコード',
  'dns.srv.detail': () =>
    '名前付きのポートごとに _<ポート名>._<プロトコル>.<service>.<namespace>.svc.<ゾーン> ができ、ポート番号と接続先の名前を答えます。',
  'dns.srv.unnamed': () => '名前付きのポートがないので SRV レコードはありません。ポートに名前を付けると作られます。',
  'dns.headless.title': () => 'Headless Service: 名前は Pod を指します',
  'dns.headless': (p) =>
    `${p.base} は Ready なエンドポイントの IP を返します(クラスター IP はありません)。各エンドポイントにも名前が付きます。hostname と subdomain を設定した Pod(StatefulSet の Pod はそうなります)は <hostname>.${p.base}、それ以外は CoreDNS が IP をダッシュ区切りにした名前を付けます。`,
  'dns.eps.unknown': () => 'エンドポイントを読めませんでした(endpointslices の list 権限がありません)',
  'dns.headless.none': () => 'Ready なエンドポイントがありません。この名前はアドレスを返しません(NXDOMAIN/NODATA)',
  'dns.a.endpoint': (p) => `エンドポイント${p.who}${p.ready}`,
  'dns.headless.notready': (p) =>
    `Ready なエンドポイントがありません。${p.count} 個がありますが Ready ではない(${p.pods})ため、どれかが Ready になるまでこの名前はアドレスを返しません(NXDOMAIN/NODATA)`,
  'dns.a.unpublished': (p) => `${p.who} が Ready でない間は返されません(エンドポイントが not ready)`,
  'dns.notready': () => '、Ready ではない(publishNotReadyAddresses により公開)',
  'dns.a.hostname': (p) => `Pod ごとの安定した名前(hostname ${p.hostname})`,
  'dns.a.dashed': () => 'IP をダッシュ区切りにしたエンドポイントごとの名前(CoreDNS)',
  'dns.pod.title': () => 'Pod の A レコード',
  'dns.pod': () =>
    'Pod の IP ごとに <IP のダッシュ区切り>.<namespace>.pod.<ゾーン> ができます。IP が変わると名前も変わるので、あまり使われません。安定した名前は Service と hostname/subdomain から得られます。',
  'dns.pod.disabled': () => '応答されない: CoreDNS が pods disabled で動いている',
  'dns.pod.mode': (p) => `応答される(CoreDNS pods ${p.mode})`,
  'dns.pod.maybe': () => 'CoreDNS が pods insecure か verified で動いていれば応答される(kubeadm の既定は insecure)',
  'dns.pod.noip': () => 'Pod にはまだ IP がありません',
  'dns.hostname.title': () => 'hostname と subdomain',
  'dns.hostname.half': () =>
    'hostname と subdomain の片方だけが設定されています。Pod ごとの DNS 名には両方と、subdomain と同じ名前の Headless Service が必要です。',
  'dns.hostname.ok': (p) => `hostname.subdomain: Headless Service ${p.svc} により応答される`,
  'dns.sts.mismatch.title': (p) => `StatefulSet ${p.sts} の Pod には ${p.svc} の下の名前がつきません: serviceName が ${p.serviceName} です`,
  'dns.sts.mismatch': (p) =>
    `StatefulSet は各 Pod の subdomain を serviceName(${p.serviceName})にするので、${p.host} はありません。ここではその Pod に届くのは Service 名と、IP をダッシュでつないだ名前だけです。serviceName はあとから変えられないので、StatefulSet ${p.sts} を serviceName: ${p.svc} で作り直してください。`,
  'dns.hostname.nosvc': (p) => `応答されない: Service ${p.svc} がありません(subdomain と同じ名前の Headless Service が必要)`,
  'dns.hostname.clusterip': (p) =>
    `CoreDNS は Service ${p.svc} のエンドポイントから応答する(Ready のとき)。ただし DNS の仕様が約束するのは Headless Service の場合だけなので、頼るなら clusterIP: None にする`,
  'dns.hostname.notready': (p) =>
    `Pod が Ready でない間は応答されない: CoreDNS が応答するのは Service ${p.svc} の Ready なエンドポイントだけ(publishNotReadyAddresses がなければ)`,
  'dns.hostname.noselect': (p) => `応答されない: Service ${p.svc} がこの Pod を選んでいません`,
  'dns.hostname.unknown': (p) => `Headless Service ${p.svc} がこの Pod を選んでいれば応答される(Service を読めませんでした)`,
  'dns.pod.viaheadless': (p) => `Headless Service ${p.svc} がこの Pod の IP を返す(Ready のとき)`,
  'dns.pod.viasvc': (p) => `Service ${p.svc} がこの Pod を選んでいる(そのクラスター IP)`,
};
