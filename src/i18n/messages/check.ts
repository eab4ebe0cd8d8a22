// Sentences of `kubexplain check` (catalog `check`).
export const checkEn = {
  summary: (p: { errors: number; warnings: number; objects: number; requests: number; scope: string }) =>
    `${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'} in ${p.scope} (${p.objects} objects read in ${p.requests} requests)`,
  'scope.ns': (p: { ns: string }) => `namespace ${p.ns}`,
  'scope.all': () => 'all namespaces',
  none: () => 'No problems found.',
  fix: (p: { fix: string }) => `fix: ${p.fix}`,
  affected: (p: { list: string }) => `affects: ${p.list}`,
  pods: (p: { ref: string; pods: number }) => `${p.ref} (${p.pods} Pod${p.pods === 1 ? '' : 's'})`,
  docs: () => 'learn',
  code: () => 'code',
  cause: () => 'cause',
  severity: () => 'severity',
  title: () => 'kubexplain check',
};

export const checkJa: typeof checkEn = {
  summary: (p) =>
    `${p.scope}: エラー ${p.errors} 件、警告 ${p.warnings} 件(${p.requests} 回のリクエストで ${p.objects} 個のオブジェクトを読みました)`,
  'scope.ns': (p) => `名前空間 ${p.ns}`,
  'scope.all': () => 'すべての名前空間',
  none: () => '問題は見つかりませんでした。',
  fix: (p) => `対処: ${p.fix}`,
  affected: (p) => `影響: ${p.list}`,
  pods: (p) => `${p.ref}(Pod ${p.pods} 個)`,
  docs: () => '学ぶ',
  code: () => 'コード',
  cause: () => '原因',
  severity: () => '重大度',
  title: () => 'kubexplain check',
};
