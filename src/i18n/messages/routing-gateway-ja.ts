// Gateway API トレースの日本語の文面(`route` カタログの一部。routing-ja.ts に展開する)。キーと引数は routing-gateway-en.ts と同じ。
import type { GatewayMessages } from './routing-gateway-en.js';

export const gatewayJa: GatewayMessages = {
  'gw.said': (p) => `コントローラーのメッセージ: 「${p.text}」`,
  'gw.offline': () =>
    'オフライン (-f): Gateway・リスナー・ルートの status(Accepted、Programmed、ResolvedRefs)はクラスター内のコントローラーが書きます。ファイルからは spec だけを確かめています',
  'gw.needs.status': () =>
    'status が必要です: これを確かめられるのはクラスター内のコントローラーだけです(オフラインでは spec だけを確かめています)。',
  'gw.noroutes.title': () => 'つながっているルートがありません',
  'gw.noroutes': () => 'この Gateway を parentRefs に書いた HTTPRoute・GRPCRoute が(読めた範囲に)ありません。',

  'gwc.title': (p) => `GatewayClass ${p.name}`,
  'gwc.title.missing': (p) => `GatewayClass ${p.name} がありません`,
  'gwc.title.pending': (p) => `GatewayClass ${p.name} を受け入れたコントローラーがありません`,
  'gwc.title.rejected': (p) => `GatewayClass ${p.name} はコントローラーに拒否されました(${p.reason})`,
  'gwc.controller': (p) => `controllerName: ${p.controller}`,
  'gwc.accepted': (p) => `Accepted: コントローラー ${p.controller} がこのクラスの Gateway を動かします。`,
  'gwc.offline': () => 'GatewayClass はファイルにありません。クラスター側のオブジェクトです(オフラインでは不明)。',
  'gwc.unknown': () => 'GatewayClass を読めませんでした(gatewayclasses.gateway.networking.k8s.io の get 権限がありません)。',
  'gwc.missing': (p) => `GatewayClass ${p.name} がありません。このクラスの Gateway を引き受けるコントローラーはいません。`,
  'gwc.missing.fix': (p) =>
    `${p.gateway} の spec.gatewayClassName を既存のクラス(${p.classes})にするか、そのクラスを作るコントローラーを導入してください`,
  'gwc.pending': (p) =>
    `GatewayClass ${p.name} を受け入れたコントローラーがありません。Accepted 条件が API サーバーの既定値(Unknown、Pending)のままです。`,
  'gwc.pending.fix': (p) => `controllerName ${p.controller}(GatewayClass ${p.name})のコントローラーは導入され、動いていますか?`,
  'gwc.rejected': (p) => `コントローラーがクラスを拒否しました: Accepted=False、理由 ${p.reason}。`,
  'gwc.rejected.fix': (p) => `GatewayClass ${p.name} のうちコントローラーが指摘する箇所(多くは spec.parametersRef)を直してください`,

  'gw.title': (p) => `Gateway ${p.name}`,
  'gw.title.missing': (p) => `Gateway ${p.name} がありません`,
  'gw.title.pending': (p) => `Gateway ${p.name} を引き受けたコントローラーがありません`,
  'gw.title.false': (p) => `Gateway ${p.name}: ${p.type}=False(${p.reason})`,
  'gw.missing': (p) => `Gateway ${p.name} がありません。`,
  'gw.missing.fix': () => 'Gateway を作成するか、ルートの parentRefs(name、namespace)を直してください',
  'gw.unknown': () => 'Gateway を読めませんでした(gateways.gateway.networking.k8s.io の get 権限がありません)。',
  'gw.offline.gateway': () => 'Gateway はファイルにありません。クラスター側のオブジェクトです(オフラインでは不明)。',
  'gw.addresses': (p) => `アドレス(status.addresses): ${p.addresses}`,
  'gw.noaddress': () => 'status.addresses にまだアドレスがありません。',
  'gw.noaddress.fix': () => 'コントローラーがまだアドレスを割り当てていません。コントローラーのログと Gateway のイベントを確認してください',
  'gw.listeners': () => 'リスナー:',
  'gw.listener.line': (p) =>
    `  ${p.name}: ${p.protocol} ポート ${p.port}、ホスト名 ${p.host}${p.tls}、ルートを受け付ける Namespace: ${p.from}、つながっているルート: ${p.attached}`,
  'gw.pending': () =>
    'この Gateway の status を書いたコントローラーがありません。Accepted と Programmed が API サーバーの既定値(Unknown、Pending)のままです。',
  'gw.pending.fix': (p) => `GatewayClass ${p.cls} のコントローラーは導入され、動いていますか?`,
  'gw.cond.false': (p) => `${p.type}=False、理由 ${p.reason}。`,
  'gw.accepted.fix': () =>
    'コントローラーが拒否している Gateway の spec(リスナー、アドレス、インフラ設定)を直してください。直すと再び調整されます',
  'gw.programmed.fix': (p) =>
    `GatewayClass ${p.cls} のコントローラーがデータプレーンを設定できていません。コントローラーのログと Gateway のイベントを確認してください`,
  'gw.conds': (p) => `Accepted: ${p.accepted}、Programmed: ${p.programmed}`,
  'gw.stale': (p) =>
    `status は世代 ${p.observed} のもので、オブジェクトは世代 ${p.generation} です。コントローラーは最新の変更をまだ処理していません。`,

  'ls.title': (p) => `リスナー ${p.name}: ${p.protocol} :${p.port} ${p.host}`,
  'ls.nostatus': () => 'コントローラーはこのリスナーの status を書いていません。',
  'ls.cond': (p) => `${p.type}=${p.status}、理由 ${p.reason}。`,
  'ls.conflicted.fix': () => 'Gateway の他のリスナーと重ならないポート・プロトコル・ホスト名にしてください',
  'ls.refs.fix': (p) =>
    `tls.certificateRefs を直してください。Secret(type kubernetes.io/tls)が ${p.ns} に必要です。別の Namespace の Secret なら ReferenceGrant が必要です`,
  'ls.title.cond': (p) => `${p.title}: ${p.type}=${p.status}(${p.reason})`,
  'ls.fix': (p) => `リスナーの ${p.type} 条件でコントローラーが指摘する箇所を直してください`,
  'ls.ok': (p) => `受け入れられ、設定済みです。受け付けるルートの種類: ${p.kinds}。`,

  'route.title': (p) => `${p.route} を ${p.parent} につなぐ`,
  'route.title.broken': (p) => `${p.route} は ${p.parent} につながりません: ${p.why}`,
  'route.why.nolistener': (p) =>
    `${p.gateway} に${p.section !== '-' ? `名前が ${p.section}${p.port !== '-' ? `でポート ${p.port} の` : ' の'}` : `ポート ${p.port} の`}リスナーがありません`,
  'route.why.ns': (p) => `リスナー ${p.listener} は Namespace ${p.ns} のルートを受け付けません`,
  'route.why.ns.selector': (p) =>
    `リスナー ${p.listener} はラベル ${p.selector} の Namespace のルートだけを受け付けますが、Namespace ${p.ns} にはそのラベルがありません`,
  'route.why.kind': (p) => `リスナー ${p.listener} は ${p.kind} を受け付けません`,
  'route.why.host': (p) => `ルートのホスト名(${p.hosts})はどのリスナーのホスト名(${p.listeners})にも合いません`,
  'route.why.nostatus': (p) => `これを受け入れた Gateway コントローラーがありません(GatewayClass ${p.cls})`,
  'route.why.rejected': (p) => `コントローラーが受け入れていません(理由 ${p.reason})`,
  'route.hostnames': (p) => `ルートのホスト名: ${p.hosts}`,
  'route.listener': (p) => `  リスナー ${p.name}: ${p.verdict}`,
  'route.ns.denied': (p) => `Namespace ${p.ns} のルートを受け付けません(allowedRoutes.namespaces.from: ${p.from})`,
  'route.ns.denied.selector': (p) =>
    `Namespace ${p.ns} のルートを受け付けません: allowedRoutes のセレクター ${p.selector} が Namespace のラベル(${p.labels})に合いません`,
  'route.ns.unknown': () => '(Namespace のラベルを読めないため Selector は未確認です)',
  'route.kind.denied': (p) => `${p.kind} を受け付けません(allowedRoutes.kinds、またはプロトコルによる)`,
  'route.host.none': (p) => `ホスト名 ${p.listener} とルートのホスト名に共通部分がありません`,
  'route.attaches': (p) => `${p.hosts} でつながります${p.unknown}`,
  'route.nolistener': (p) =>
    `${p.gateway} に${p.section !== '-' ? ` ${p.section} という名前${p.port !== '-' ? `でポート ${p.port}` : ''}の` : ` ポート ${p.port} の`}リスナーがありません。`,
  'route.nolistener.fix': (p) => `parentRefs の sectionName・port をリスナーのどれかにしてください: ${p.listeners}`,
  'route.ns.fix': (p) =>
    `${p.gateway} のリスナー ${p.listener} の allowedRoutes.namespaces.from を All にするか、${p.ns} のラベルに合う Selector にするか、ルートを ${p.gwns} に作ってください`,
  'route.ns.selector.fix': (p) =>
    `${p.command ? `セレクターに合うよう Namespace ${p.ns} にラベルを付けるか(${p.command})` : `Namespace ${p.ns} に ${p.selector} に合うラベルを付けるか`}、${p.gateway} のリスナー ${p.listener} のセレクターを変えるか、ルートを ${p.gwns} に作ってください`,
  'route.kind.fix': (p) =>
    `プロトコルと allowedRoutes.kinds が ${p.kind} を受け付けるリスナーにつないでください(リスナー ${p.listener} は受け付けません)`,
  'route.host.fix': (p) =>
    `${p.listeners} が受け付けるホスト名を spec.hostnames に加えるか、リスナーのホスト名を変えてください(ルートのホスト名は ${p.hosts})`,
  'route.needs.status': () =>
    'status が必要です: コントローラーがルートを受け入れたかは status.parents にあり、クラスターにしかありません。',
  'route.nostatus': (p) =>
    `この親について status.parents を書いたコントローラーがありません。ルートを受け入れた Gateway コントローラーはありません(GatewayClass ${p.cls})。`,
  'route.nostatus.fix': (p) => `GatewayClass ${p.cls} のコントローラーは導入されていますか?`,
  'route.controller': (p) => `status を書いたコントローラー: ${p.controller}。`,
  'route.conds': (p) => `Accepted: ${p.accepted}、ResolvedRefs: ${p.refs}`,
  'route.rejected': (p) => `コントローラーはルートを受け入れていません: Accepted=False、理由 ${p.reason}。`,
  'route.rejected.fix': () => 'Accepted 条件でコントローラーが指摘する箇所を直してください',
  'route.unsupported.fix': () =>
    'コントローラーが対応していない値(フィルター、マッチの種類)をルートが使っています。対応している値にしてください',
  'route.partial': () => 'PartiallyInvalid=True: 一部のルールが捨てられました。有効なルールだけが使われます。',
  'route.partial.fix': () => 'コントローラーが指摘する、捨てられたルールを直してください',
  'route.refs': (p) => `ResolvedRefs=False、理由 ${p.reason}: 使えない backendRef があります。`,
  'route.refs.fix': (p) =>
    p.reason === 'RefNotPermitted'
      ? '別の Namespace のバックエンドには、その Namespace に ReferenceGrant が必要です'
      : p.reason === 'BackendNotFound'
        ? 'バックエンドの Service を作成するか、backendRefs を直してください'
        : p.reason === 'InvalidKind'
          ? 'コントローラーが対応する種類(Service)のバックエンドにしてください'
          : p.reason === 'UnsupportedProtocol'
            ? 'バックエンドの Service のポートの appProtocol を、実装が話せるもの(GRPCRoute なら kubernetes.io/h2c か grpc)にしてください'
            : 'コントローラーが指摘する backendRefs を直してください',
  'route.accepted': () => 'コントローラーに受け入れられ、参照もすべて解決しています。',
  'route.noparents.title': () => 'ルートが Gateway を指定していません',
  'route.noparents': () => 'spec.parentRefs に Gateway がないため、このルートを扱う Gateway はありません。',
  'route.noparents.fix': () => 'ルートを扱う Gateway(とリスナーの sectionName)を parentRefs に加えてください',

  'rule.title': (p) => `ルール ${p.index}: ${p.matches}`,
  'rule.match.all': () => 'PathPrefix /(すべてのリクエスト)',
  'rule.matches': (p) => `マッチ: ${p.matches}`,
  'rule.filters': (p) => `フィルター: ${p.filters}`,
  'rule.backends': (p) => `backendRef ${p.count} 個`,
  'rule.nobackends.fix': () => 'ルールに backendRefs を加えてください(バックエンドもリダイレクトもないと HTTP 500 が返ります)',
  'rule.weights0': () => 'すべての backendRef の weight が 0 です。このルールはどこにもリクエストを送りません(実装は 500 を返します)。',
  'rule.weights0.fix': () => '少なくとも 1 つの backendRef の weight を 0 より大きくしてください',
  'url.rule': (p) => `${p.url} には ${p.match} が合います。`,
  'url.nomatch.title': (p) => `${p.url} に合うリスナーとルートがありません`,
  'url.nomatch': (p) =>
    `Gateway ${p.gateways} 個のどれにも、ホスト名とパスが ${p.host}${p.path} に合う HTTP/HTTPS リスナーとルート(読めたルート ${p.routes} 個)の組がありません。`,
  'url.nomatch.fix': (p) => `${p.host} をルートの hostnames に加え(受け付けるリスナーも用意し)、パスに合うルールを書いてください`,
  'url.ing.rule': (p) =>
    `${p.url} には Ingress ${p.name} のホスト ${p.host}、パス ${p.path}(pathType ${p.type})が合います。最もよく合うホストのうち、合うパスで最も長いものです。`,
  'url.ing.default': (p) => `${p.url} に合うルールのパスがありません。Ingress ${p.name} の defaultBackend が受けます。`,
  'url.ing.title': (p) => `${p.url} は Ingress ${p.name} が受けます`,
  'url.ing.also.title': (p) => `${p.url} は Ingress ${p.name} も受けます`,
  'url.ing.also': (p) =>
    `このホストとパスは Gateway ${p.gateway} と Ingress ${p.name} の両方が受けます。どちらに届くかは、ホスト名がどのアドレスに解決されるかで決まります。このトレースは Gateway をたどります。もう一方は \`kubexplain trace ingress/${p.name}\` でたどれます。`,
  'url.tls.nohost.title': (p) => `${p.host} への HTTPS: Ingress ${p.name} の tls にこのホストがありません`,
  'url.tls.nohost': (p) =>
    `コントローラーは ${p.host} の HTTPS を既定の(自己署名の)証明書で受けるため、クライアントは証明書が合わないとして拒否します。`,
  'url.tls.nohost.fix': (p) =>
    `Ingress ${p.name} の spec.tls[].hosts に ${p.host} を加え、secretName にその証明書を持つ kubernetes.io/tls の Secret を指定してください`,
  'url.none.title': (p) => `${p.url} に合う Ingress のルール、リスナー、ルートがありません`,
  'url.ing.nohost': (p) => `Ingress ${p.count} 個のどれにも、ホスト ${p.host} のルールも、それを受ける defaultBackend もありません。`,
  'url.ing.hosts': (p) => `Ingress にあるホスト: ${p.hosts}`,
  'url.ing.wild': (p) =>
    `ワイルドカード ${p.pattern} の * はちょうど 1 つの DNS ラベルにしか合いません。${p.host} ではそこに複数のラベルがあります。`,
  'url.ing.nopath': (p) =>
    `Ingress ${p.name} はホスト ${p.host} を受けますが、${p.path} に合うパスがありません(Prefix はパスの要素ごとに比べます。/api は /api/v2 に合い、/apiv2 には合いません): ${p.paths}`,
  'url.fix.host': (p) =>
    `ホスト名を確かめてください。Ingress ${p.name} が受けるのは ${p.near} です。${p.host} のつもりなら、ホスト ${p.host} のルールを Ingress に加えてください`,
  'url.fix.wild': (p) => `ホスト ${p.host} のルールを Ingress ${p.name} に加えてください(${p.pattern} には含まれません)`,
  'url.fix.path': (p) => `Ingress ${p.name} が受けるパス(${p.near})を使うか、${p.path} に合うパスを ${p.host} のルールに加えてください`,
  'url.fix.none': (p) =>
    `ホスト ${p.host} と ${p.path} に合うパスのルールを Ingress に加えてください(または、そのホストを HTTPRoute の hostnames に加え、受け付けるリスナーを用意してください)`,

  'be.title': (p) => `backendRef ${p.kind} ${p.ns}/${p.name}:${p.port}、weight ${p.weight}(${p.share}%)`,
  'be.kind': (p) =>
    `バックエンドは Service ではなく ${p.kind} です。この種類に対応した実装だけが使えます(そうでなければ ResolvedRefs InvalidKind)。`,
  'be.grant': (p) => `${p.ns} の ReferenceGrant ${p.grant} がこの参照を許可しています。`,
  'be.grant.offline': (p) =>
    `Namespace ${p.ns} のバックエンドにはそこに ReferenceGrant が必要ですが、ファイルにはありません(オフラインでは不明)。`,
  'be.grant.unknown': (p) => `${p.ns} の ReferenceGrant を読めませんでした。参照が許可されているかは不明です。`,
  'be.title.nogrant': (p) =>
    `backendRef ${p.ns}/${p.name}:${p.port} は拒否されます: ${p.ns} にこれを許可する ReferenceGrant がありません(RefNotPermitted)`,
  'be.title.missing': (p) => `backendRef ${p.ns}/${p.name}:${p.port}: Service ${p.name} がありません(BackendNotFound)`,
  'be.title.badport': (p) => `backendRef ${p.ns}/${p.name}:${p.port}: Service ${p.name} にポート ${p.port} がありません`,
  'be.title.noport': (p) => `backendRef ${p.ns}/${p.name} にポートの指定がありません`,
  'be.nogrant': (p) =>
    `Service は Namespace ${p.ns}、${p.kind} は ${p.routeNs} にあり、${p.ns} にそれを許可する ReferenceGrant がありません。参照は拒否されます(ResolvedRefs RefNotPermitted)。`,
  'be.nogrant.fix': (p) =>
    `Namespace ${p.ns} に ReferenceGrant を作成してください。from: [{group: gateway.networking.k8s.io, kind: ${p.kind}, namespace: ${p.routeNs}}]、to: [{group: "", kind: Service, name: ${p.name}}]`,
  'be.noport': () => 'backendRef に port がありません。Service のバックエンドには必要です。',
  'be.noport.fix': (p) => `backendRefs[].port を Service ${p.name} のポートにしてください`,
  'be.missing': (p) => `Service ${p.name} が Namespace ${p.ns} にありません(ResolvedRefs BackendNotFound)。`,
  'be.missing.fix': (p) => `Service ${p.name} を ${p.ns} に作成するか、backendRef の name と namespace を直してください`,
  'be.offline': (p) => `Service ${p.name} はファイルにありません。クラスターにはあるかもしれません(オフラインでは不明)。`,
  'be.unknown': (p) => `Service ${p.name} を読めませんでした。`,
  'be.badport': (p) => `Service ${p.name} にポート ${p.port} がありません。`,
  'be.badport.fix': (p) => `backendRef の port を Service のポートのどれかにしてください: ${p.ports}。${p.hint}`,
  'be.weight0': () => 'weight 0: このバックエンドにはトラフィックが来ません。',
  'be.ok': () => 'Service とそのポートがあります。この先に続きます。',
};
