/**
 * React access to the review marks of the signed-in account: the list (newest first), the last review
 * (what the Access review screen and the Applications list's "new since review" filter compare against),
 * and keeping a new mark.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { useChangeActor } from '../changes/use-changes';
import { openReviewMarks, type ReviewMark, type ReviewMarks, type ReviewOwner } from './review-marks';

/** The browser's review marks; tests may provide another store. */
export const ReviewMarksContext = createContext<ReviewMarks>(openReviewMarks());

const reviewKeys = {
  all: ['review-marks'] as const,
  of: (owner: ReviewOwner) => [...reviewKeys.all, owner.tenantId.toLowerCase(), owner.oid.toLowerCase()] as const,
};

const marksQueryOptions = (store: ReviewMarks, owner: ReviewOwner) =>
  queryOptions({ queryKey: reviewKeys.of(owner), queryFn: () => store.list(owner), enabled: Boolean(owner.tenantId && owner.oid) });

export function useReviewMarks() {
  const { tenantId, oid } = useChangeActor();
  return useQuery(marksQueryOptions(useContext(ReviewMarksContext), { tenantId, oid }));
}

export type LastReview = { state: 'loading' } | { state: 'none' } | { state: 'ready'; mark: ReviewMark };

/** The latest review mark of the signed-in account, if any. A store that cannot be read counts as none. */
export function useLastReview(): LastReview {
  const marks = useReviewMarks();
  if (marks.isPending && marks.fetchStatus !== 'idle') return { state: 'loading' };
  const mark = marks.data?.[0];
  return mark ? { state: 'ready', mark } : { state: 'none' };
}

/** Keeps a mark (a new review, or one imported from a file) for the signed-in account. */
export function useKeepReviewMark() {
  const store = useContext(ReviewMarksContext);
  const { tenantId, oid } = useChangeActor();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mark: ReviewMark) => store.add({ tenantId, oid }, mark),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.of({ tenantId, oid }) }),
  });
}
