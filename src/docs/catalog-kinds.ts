// Concepts for kinds explained beside the core ones: storage classes, disruption budgets, priority,
// CRDs, Events as objects, and the Gateway API. Their handbook sections come with their explainers.
import type { Concept } from './catalog.js';

export const KIND_CONCEPTS: readonly Concept[] = [
  {
    key: 'storageclass',
    ja: ['StorageClass', 'ストレージクラス'],
    en: ['StorageClass', 'storage class', 'StorageClasses'],
    meaning: {
      ja: 'PVC に応じて PV を動的に作るプロビジョナーとそのパラメータ。volumeBindingMode と reclaimPolicy も決める',
      en: 'A provisioner and its parameters that create PVs for claims on demand; also sets volumeBindingMode and reclaimPolicy',
    },
    related: ['provisioner', 'プロビジョナー', 'WaitForFirstConsumer', 'dynamic provisioning', '動的プロビジョニング'],
  },
  {
    key: 'pdb',
    ja: ['PodDisruptionBudget', 'Pod 停止予算', 'PDB'],
    en: ['PodDisruptionBudget', 'PDB', 'disruption budget'],
    meaning: {
      ja: '自主的な中断（drain など）で同時に止めてよい Pod の数を制限する。minAvailable か maxUnavailable で指定する',
      en: 'Limits how many Pods voluntary disruptions such as drain may take down at once (minAvailable or maxUnavailable)',
    },
    related: ['minAvailable', 'maxUnavailable', 'drain', 'eviction', '退避'],
  },
  {
    key: 'priorityclass',
    ja: ['PriorityClass', '優先度クラス', 'Pod の優先度'],
    en: ['PriorityClass', 'priority class', 'Pod priority', 'preemption'],
    meaning: {
      ja: 'Pod の優先度の値。置き場所がないとき、スケジューラーは優先度の低い Pod を退かせて（プリエンプション）場所を作る',
      en: 'A priority value for Pods; when there is no room the scheduler may preempt lower-priority Pods',
    },
    related: ['priorityClassName', 'プリエンプション', 'preemptionPolicy'],
  },
  {
    key: 'crd',
    ja: ['カスタムリソース', 'CustomResourceDefinition', 'CRD'],
    en: ['CustomResourceDefinition', 'CRD', 'custom resource', 'custom resources'],
    meaning: {
      ja: 'API に新しい種類（カスタムリソース）を足す定義。中身を扱うのは普通それ用のコントローラー',
      en: 'Adds a new kind (a custom resource) to the API; a controller made for it usually acts on its objects',
    },
    related: ['operator', 'オペレーター', 'apiextensions.k8s.io'],
  },
  {
    key: 'event',
    // Plain "イベント" is also a conference or a watch event in prose: only a hint for the object.
    ja: ['Event オブジェクト', 'Event リソース'],
    en: ['Event object', 'Event', 'events.k8s.io'],
    meaning: {
      ja: '何が起きたかを記録するオブジェクト（reason、message、involvedObject、回数）。一定時間で消える',
      en: 'An object recording what happened to another (reason, message, regarding object, count); it expires',
    },
    related: ['kubectl events', 'involvedObject', 'regarding', 'イベント'],
  },
  {
    key: 'gateway-api',
    ja: ['Gateway API'],
    en: ['Gateway API', 'gateway.networking.k8s.io'],
    meaning: {
      ja: 'Ingress の後継となる役割分担型のルーティング API（GatewayClass、Gateway、HTTPRoute など）。CRD として入れる',
      en: 'The role-oriented successor to Ingress (GatewayClass, Gateway, HTTPRoute and more), installed as CRDs',
    },
    related: ['Gateway', 'HTTPRoute', 'GatewayClass'],
  },
  {
    key: 'gateway',
    ja: ['Gateway', 'ゲートウェイ'],
    en: ['Gateway', 'Gateways'],
    meaning: {
      ja: 'GatewayClass の実装が用意する入口。listeners でポート・プロトコル・ホスト名と、付けてよいルートを決める',
      en: 'An entry point provided by a GatewayClass implementation; listeners set port, protocol, hostname and allowed routes',
    },
    related: ['listeners', 'リスナー', 'allowedRoutes'],
  },
  {
    key: 'gatewayclass',
    ja: ['GatewayClass', 'ゲートウェイクラス'],
    en: ['GatewayClass', 'gateway class'],
    meaning: {
      ja: 'Gateway を実装するコントローラーの種類。controllerName で決まり、Accepted 条件で受理を示す',
      en: 'Which controller implements Gateways of this class (controllerName); Accepted shows it took the class',
    },
    related: ['controllerName'],
  },
  {
    key: 'httproute',
    ja: ['HTTPRoute'],
    en: ['HTTPRoute', 'HTTP route'],
    meaning: {
      ja: 'Gateway に付いて、ホスト名・パス・ヘッダーで HTTP リクエストを Service へ振り分けるルール',
      en: 'Rules attached to a Gateway that send HTTP requests to Services by hostname, path and headers',
    },
    related: ['parentRefs', 'backendRefs', 'hostnames'],
  },
  {
    key: 'grpcroute',
    ja: ['GRPCRoute'],
    en: ['GRPCRoute', 'gRPC route'],
    meaning: {
      ja: 'Gateway に付いて、gRPC のサービス名とメソッドで Service へ振り分けるルール',
      en: 'Rules attached to a Gateway that send gRPC calls to Services by service and method',
    },
    related: ['parentRefs', 'backendRefs', 'gRPC'],
  },
  {
    key: 'referencegrant',
    ja: ['ReferenceGrant'],
    en: ['ReferenceGrant', 'reference grant'],
    meaning: {
      ja: '別の Namespace のルートや Gateway からこの Namespace のオブジェクト（Service、Secret）を参照してよいと許す',
      en: "Allows routes or Gateways in another namespace to refer to this namespace's objects (Services, Secrets)",
    },
    related: ['cross-namespace', 'RefNotPermitted'],
  },
  {
    key: 'gateway-dns',
    ja: ['Gateway の DNS 名', 'Gateway のアドレス'],
    en: ['Gateway DNS names', 'Gateway addresses', 'status.addresses'],
    meaning: {
      ja: 'Gateway のリスナーのホスト名はクラスタの DNS では引けない。status.addresses を指すレコードを利用者が公開する',
      en: "Cluster DNS does not serve a Gateway's listener hostnames; the user publishes records pointing at status.addresses",
    },
    related: ['external-dns', 'status.addresses', 'hostname', 'ホスト名', 'DNS'],
  },
];
