// Sentences and fragments shared by every part of the tool (catalog `common`).
export const commonEn = {
  quoted: (p: { text: string }) => `"${p.text}"`,
  forbidden: (p: { verb: string; resource: string; namespace?: string; only?: string }) =>
    p.only
      ? `no permission to ${p.verb} ${p.resource} in every namespace: only namespace ${p.only} was read`
      : `no permission to ${p.verb} ${p.resource}${p.namespace ? ` in namespace ${p.namespace}` : ' (cluster-wide)'}: explained with what could be read`,
  'not-found.secondary': (p: { kind: string; name: string }) => `${p.kind} ${p.name} was not found`,
};

export const commonJa: typeof commonEn = {
  quoted: (p) => `「${p.text}」`,
  forbidden: (p) =>
    p.only
      ? `すべての名前空間の ${p.resource} を ${p.verb} する権限がありません。名前空間 ${p.only} だけを読みました`
      : `${p.namespace ? `名前空間 ${p.namespace} の` : 'クラスター全体の'} ${p.resource} を ${p.verb} する権限がありません。読めた範囲で説明します`,
  'not-found.secondary': (p) => `${p.kind} ${p.name} は見つかりません`,
};
