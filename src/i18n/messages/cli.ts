// Sentences of the command line itself (catalog `cli`): summaries that close a multi-object output.
export const cliEn = {
  selectorSummary: (p: { count: string; kind: string; selector: string; error: string; warning: string; ok: string }) =>
    `${p.count} ${p.kind}${p.count === '1' ? '' : 's'} match ${p.selector}: ${p.error} failing, ${p.warning} degraded, ${p.ok} fine (worst first)`,
  offlineRead: (p: { files: string }) => `offline: read from ${p.files}, no cluster was asked; objects not in these files count as missing`,
  // Labels of explain's and check's text and Markdown output.
  'out.warning': (p: { text: string }) => `warning: ${p.text}`,
  'out.namespace': () => 'namespace',
  'out.severity': () => 'severity',
  'out.finding': () => 'finding',
  'out.concept': () => 'concept',
  'out.details': () => 'Details',
  'out.warnings': () => 'Warnings',
};

export const cliJa: typeof cliEn = {
  selectorSummary: (p) =>
    `${p.selector}に一致する ${p.kind}: ${p.count} 個（失敗 ${p.error}、要注意 ${p.warning}、問題なし ${p.ok}。悪い順に表示）`,
  offlineRead: (p) =>
    `オフライン: ${p.files} から読みました。クラスターには問い合わせていません。これらのファイルにないオブジェクトは存在しないものとして扱います`,
  'out.warning': (p) => `警告: ${p.text}`,
  'out.namespace': () => '名前空間',
  'out.severity': () => '重大度',
  'out.finding': () => '所見',
  'out.concept': () => '概念',
  'out.details': () => '詳細',
  'out.warnings': () => '警告',
};
