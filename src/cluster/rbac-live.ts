// Asking the authorizer many questions at once: SubjectAccessReviews (or SelfSubjectAccessReviews for
// "me"), a bounded number in flight. Without permission to create reviews (403) the batch stops and
// answers null: the caller says "unverified" instead of failing.
import { ExitCode, KxError } from '../errors.js';
import type { AccessRequest, UserInfo } from '../model/rbac.js';
import { selfSubjectAccessReview, subjectAccessReview, type ReviewOptions, type ReviewVerdict } from './access-review.js';
import type { Connection } from './kubeconfig.js';
import { mapLimit } from './pool.js';

/** Reviews in flight at once: a cluster may have hundreds of subjects or cells to ask about. */
export const REVIEWS_IN_FLIGHT = 32;

/** The review's answer, or null when the caller may not ask (403): the answer stays unverified. */
export async function orUnverified<T>(review: () => Promise<T>): Promise<T | null> {
  try {
    return await review();
  } catch (err) {
    if (err instanceof KxError && err.exitCode === ExitCode.forbidden) return null;
    throw err;
  }
}

/** One question for the authorizer: as `user`, or as the kubeconfig's own user when `user` is 'self'. */
export interface ReviewQuestion {
  user: UserInfo | 'self';
  request: AccessRequest;
}

/** Every question's verdict, in order; null when reviews may not be created at all. */
export async function reviewAll(
  conn: Connection,
  questions: readonly ReviewQuestion[],
  opts: ReviewOptions,
  limit = REVIEWS_IN_FLIGHT,
): Promise<ReviewVerdict[] | null> {
  let forbidden = false;
  // After one 403 every other review would be refused too: the rest are not sent.
  const verdicts = await mapLimit(questions, limit, async (q) => {
    if (forbidden) return undefined;
    const v = await orUnverified(() =>
      q.user === 'self' ? selfSubjectAccessReview(conn, q.request, opts) : subjectAccessReview(conn, q.user, q.request, opts),
    );
    if (!v) forbidden = true;
    return v ?? undefined;
  });
  return forbidden ? null : (verdicts as ReviewVerdict[]);
}
