// `explain gatewayclass|gateway|httproute|grpcroute|referencegrant` と `dns gateway/NAME` の日本語の文面
// (カタログ `gwx`)。キーと引数は gateway-explain-en.ts と同じ。
import type { GatewayExplainCatalog } from './gateway-explain-en.js';

export const gatewayExplainJa: GatewayExplainCatalog = {
  'verdict.broken': (p) => `${p.title} — ${p.fix}`,
  'verdict.warning': (p) => `${p.title} に注意点があります${p.fix ? `: ${p.fix}` : ''}`,
  'next.trace': (p) => `Pod までのトラフィックをたどるには: kubexplain trace ${p.target}`,

  'gc.gateways': (p) => `このクラスを使う Gateway: ${p.count} 個`,
  'gc.gateway': (p) => `${p.name}: Accepted ${p.accepted}、Programmed ${p.programmed}`,
  'gc.gateways.none': () => 'spec.gatewayClassName にこのクラスを書いた Gateway はありません。',
  'gc.verdict.ok': (p) => `GatewayClass ${p.name} は ${p.controller} に受理されています。使っている Gateway は ${p.count} 個です`,
  'gc.verdict.offline': (p) =>
    `GatewayClass ${p.name} のコントローラーは ${p.controller} です。ファイル内でこれを使う Gateway は ${p.count} 個です (コントローラーが受理したかはクラスターの status にあり、ファイルからはわかりません)`,

  'cert.title': (p) => `リスナー ${p.listener}: 証明書 ${p.ref}`,
  'cert.ok': (p) => `Secret はあります(type ${p.type}、キー ${p.keys})。`,
  'cert.type': (p) => `Secret の type が ${p.type} です。リスナーの証明書は tls.crt と tls.key を持つ kubernetes.io/tls の Secret です。`,
  'cert.type.fix': () => '証明書を TLS の Secret として作ってください(kubectl create secret tls NAME --cert=… --key=…)',
  'cert.missing': (p) =>
    `Secret ${p.name} は Namespace ${p.ns} にありません。リスナーに証明書がありません(ResolvedRefs InvalidCertificateRef)。`,
  'cert.missing.fix': (p) => `TLS の Secret ${p.name} を ${p.ns} に作るか、tls.certificateRefs を直してください`,
  'cert.unknown': (p) => `Secret ${p.ns}/${p.name} を読めませんでした。あるかどうかは不明です。`,
  'cert.kind': (p) => `証明書が Secret ではなく ${p.kind} です。この種類に対応した実装だけが使えます。`,
  'cert.grant': (p) => `${p.ns} の ReferenceGrant ${p.grant} が Gateway からの参照を許しています。`,
  'cert.nogrant': (p) =>
    `Secret は Namespace ${p.ns}、Gateway は ${p.gwns} にあり、${p.ns} にそれを許す ReferenceGrant がありません(ResolvedRefs RefNotPermitted)。`,
  'cert.nogrant.fix': (p) =>
    `Namespace ${p.ns} に ReferenceGrant を作成してください。from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: ${p.gwns}}]、to: [{group: "", kind: Secret, name: ${p.name}}]`,
  'cert.grant.unknown': (p) => `${p.ns} の ReferenceGrant を読めませんでした。参照が許されているかは不明です。`,
  'attached.title': (p) => `リスナー ${p.listener}: spec 上つながるルート ${p.count} 個(status.attachedRoutes: ${p.status})`,
  'attached.route': (p) => `${p.route}(ホスト名 ${p.hosts})。コントローラー: ${p.status}`,
  'attached.refused': (p) => `受け付けない: ${p.route} はこのリスナーを指していますが、リスナーは ${p.why}`,
  'attached.none': () => 'このリスナーにつながるルートは(読めた範囲に)ありません。',
  'attached.nostatus': () => 'この Gateway の status はありません',
  'attached.mismatch': (p) =>
    `コントローラーの数は ${p.status}、spec から数えると ${p.computed} です。このツールが読めなかったルートか、コントローラーが拒否したルートがあります。`,
  'gw.verdict.ok': (p) =>
    `Gateway ${p.name} は${p.addresses ? ` ${p.addresses} で` : 'まだ status にアドレスがないまま'}動いています。リスナー ${p.listeners} 個、つながっているルート ${p.routes} 個`,
  'gw.verdict.offline': (p) =>
    `Gateway ${p.name}: リスナー ${p.listeners} 個、spec の上でつながるファイル内のルート ${p.routes} 個 (受理・プログラム済みか、アドレスはクラスターの status にあり、ファイルからはわかりません)`,

  'route.verdict.ok': (p) => `${p.route} は ${p.parents} に受理されています。ルール ${p.rules} 個がバックエンド ${p.backends} 個へ送ります`,
  'route.verdict.offline': (p) =>
    `${p.route} は spec の上で ${p.parents} につながります。ルール ${p.rules} 個がバックエンド ${p.backends} 個へ送ります (コントローラーが受理したかはクラスターの status にあり、ファイルからはわかりません)`,

  'rg.from': (p) => `参照を許す相手: ${p.count} 件`,
  'rg.from.line': (p) => `Namespace ${p.ns} の ${p.kind}`,
  'rg.to': (p) => `Namespace ${p.ns} の次のオブジェクトへ(${p.count} 件)`,
  'rg.to.all': (p) => `すべての ${p.kind}`,
  'rg.to.name': (p) => `${p.kind} ${p.name}`,
  'rg.to.missing': (p) => `${p.kind} ${p.name} は(まだ)ありません。`,
  'rg.lets': (p) => `この許可を通る参照: ${p.count} 件`,
  'rg.lets.line': (p) => `${p.from} → ${p.to}`,
  'rg.lets.none': () =>
    'この許可を通ってこの Namespace を参照するルートや Gateway は(読めた範囲に)ありません。まだ誰も使わない参照を許しています。',
  'rg.unmatched': (p) => `${p.ns} への参照のうち、どの ReferenceGrant にも許されていないもの: ${p.count} 件`,
  'rg.unmatched.line': (p) => `${p.from} → ${p.to}: ${p.why}`,
  'rg.why.from': (p) => `この許可の from に Namespace ${p.ns} の ${p.kind} がありません`,
  'rg.why.to': (p) => `この許可の to に ${p.kind} ${p.name} がありません`,
  'rg.verdict.ok': (p) => `ReferenceGrant ${p.name} を通る参照は ${p.count} 件です`,
  'rg.verdict.idle': (p) => `ReferenceGrant ${p.name} を通る参照はまだありません。使っているルートや Gateway が(読めた範囲に)ありません`,
  'rg.verdict.unmatched': (p) => `この Namespace への参照 ${p.count} 件が拒否されます。ReferenceGrant ${p.name} はそれらに合っていません`,
  'dns.gw.publish': (p) => `自分で公開する名前(リスナー ${p.listeners})`,
  'dns.gw.publish.noaddress': (p) => `Gateway にアドレスが付いたら自分で公開する名前(リスナー ${p.listeners})`,
  'dns.gw.publish.title': (p) => `Gateway ${p.name} の名前は自分で公開します`,
  'dns.gw.yours': () =>
    'クラスターの DNS が答えるのは Service と Pod の名前で、Gateway のリスナーの名前には答えません。クライアントが使う DNS ゾーンに、Gateway のアドレスを指すレコードを作ってください(手作業、または external-dns などのツールで)。',
  'dns.gw.wildcard': () =>
    'ワイルドカードのホスト名(*.example.com)には、ワイルドカードのレコードか、ルートが使う名前ごとのレコードが要ります。',
  'dns.gw.anyhost': (p) =>
    `ホスト名のないリスナーはどの名前でも受け付けます(${p.listeners})。ルートが使うホスト名を、同じアドレスを指すように公開してください。`,
  'dns.gw.address': (p) => `${p.type} ${p.value}`,
  'dns.gw.address.named': () => 'NamedAddress(や実装独自の type)の意味は実装が決めます。それ自体は DNS のレコードではありません。',
  'dns.gw.addresses.title': (p) => `status.addresses のアドレス: ${p.count} 個`,
  'dns.gw.noaddress.title': () => 'アドレスがまだありません',
  'dns.gw.noaddress': (p) =>
    `status.addresses が空です。GatewayClass ${p.cls} のコントローラーがアドレスを割り当てていないので、名前の向け先がまだありません。`,
  'dns.gw.noaddress.offline': () => 'アドレスはクラスター内のコントローラーが書きます。ファイルからは分かりません。',
  'dns.gw.service.title': (p) => `実装がこの Gateway 用に作った Service: ${p.count} 個`,
  'dns.gw.service.line': (p) => `Service ${p.name}(${p.type})`,
  'dns.gw.service': () => 'クラスター内の Pod は、その Service のクラスター DNS 名(下記)でも Gateway に届きます。',
  'dns.gw.noservice.title': () => 'クラスター DNS 名はありません',
  'dns.gw.noservice': (p) =>
    `Namespace ${p.ns} にラベル ${p.label} の付いた Service がありません。実装がデータプレーンをクラスターの外で動かしているか、Service に別の名前を付けている可能性があります。この Gateway のクラスター DNS 名は分からないので、アドレスを使ってください。`,
  'dns.gw.service.unknown.title': () => 'クラスター DNS 名は不明です',
  'dns.gw.service.unknown': (p) =>
    `Service を読めませんでした(オフラインでは、ラベル ${p.label} の付いた Service がファイルにありません)。実装がこの Gateway 用の Service を作ったかは不明です。`,
};
