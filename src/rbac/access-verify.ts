// Compares an access matrix with the API server's own answers: a verdict per cell (SubjectAccessReview,
// for another subject) or the rule list of a SelfSubjectRulesReview (for me). Pure: the reviews are made
// by the caller (commands/access.ts through src/cluster/access-review.ts).
import type { AccessDisagreement, AccessMatrix, MatrixVerb, PolicyRule, ResourceKey, ResourceRequest } from '../model/rbac.js';
import { nonEmptyRows, resourceLabel } from './access-rows.js';
import { message, type Message } from '../model/message.js';
import { rm } from './messages.js';
import { isClusterScoped, ruleAllows } from './match.js';

/** The request a cell stands for (no name: the cell says "every object"). */
export function cellRequest(k: ResourceKey, verb: string, namespace: string): ResourceRequest {
  const req: ResourceRequest = { verb, group: k.group, resource: k.resource, namespace: isClusterScoped(k) ? '' : namespace };
  if (k.subresource) req.subresource = k.subresource;
  if (k.clusterScoped !== undefined) req.clusterScoped = k.clusterScoped;
  return req;
}

export interface CellRef {
  row: number;
  verb: MatrixVerb;
  request: ResourceRequest;
}

/** The cells worth asking about: those of the rows shown (a subject with nothing gets no reviews). */
export function cellsToVerify(matrix: AccessMatrix): CellRef[] {
  const shown = new Set(nonEmptyRows(matrix));
  const out: CellRef[] = [];
  matrix.rows.forEach((row, i) => {
    if (!shown.has(row)) return;
    for (const c of row.cells) out.push({ row: i, verb: c.verb, request: cellRequest(row.resource, c.verb, matrix.namespace) });
  });
  return out;
}

function disagreement(matrix: AccessMatrix, cell: CellRef, authorizer: boolean): AccessDisagreement | null {
  const ours = matrix.rows[cell.row]!.cells.find((c) => c.verb === cell.verb)!.allowed;
  return ours === authorizer ? null : { resource: resourceLabel(matrix.rows[cell.row]!.resource), verb: cell.verb, ours, authorizer };
}

function warn(matrix: AccessMatrix, disagreements: AccessDisagreement[]): Message[] {
  if (!disagreements.length) return matrix.warnings;
  const cells = disagreements.slice(0, 8).map((d) => rm['cell.disagree'](d));
  const list = rm.more({ items: message('rbac:list', { items: cells }), more: Math.max(0, disagreements.length - 8) });
  return [...matrix.warnings, rm['warn.matrixDisagree']({ count: disagreements.length, cells: list })];
}

/** Records one (Self)SubjectAccessReview verdict per cell (same order as `cells`). */
export function withCellVerdicts(
  matrix: AccessMatrix,
  cells: readonly CellRef[],
  verdicts: readonly boolean[],
  method: 'SubjectAccessReview' | 'SelfSubjectAccessReview' = 'SubjectAccessReview',
): AccessMatrix {
  const disagreements = cells.flatMap((cell, i) => {
    const d = disagreement(matrix, cell, verdicts[i]!);
    return d ? [d] : [];
  });
  return { ...matrix, authorizer: { method, checked: cells.length, disagreements }, warnings: warn(matrix, disagreements) };
}

/**
 * Compares with a SelfSubjectRulesReview's rules. The review lists the rules of RoleBindings in the namespace
 * too, even for cluster-scoped resources they cannot grant, so cluster-scoped rows are compared only for a
 * cluster-wide matrix. Every row is compared, not only the shown ones: the review may hold what we missed.
 */
export function withRulesReview(matrix: AccessMatrix, rules: readonly PolicyRule[], incomplete: boolean): AccessMatrix {
  const cells: CellRef[] = [];
  matrix.rows.forEach((row, i) => {
    if (matrix.namespace !== '' && isClusterScoped(row.resource)) return;
    for (const c of row.cells) cells.push({ row: i, verb: c.verb, request: cellRequest(row.resource, c.verb, matrix.namespace) });
  });
  const disagreements = cells.flatMap((cell) => {
    const d = disagreement(
      matrix,
      cell,
      rules.some((r) => ruleAllows(r, cell.request)),
    );
    return d ? [d] : [];
  });
  return {
    ...matrix,
    authorizer: { method: 'SelfSubjectRulesReview', checked: cells.length, disagreements, ...(incomplete ? { incomplete: true } : {}) },
    warnings: warn(matrix, disagreements),
  };
}
