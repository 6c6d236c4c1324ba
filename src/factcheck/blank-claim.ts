import type { Claim } from '../domain/check-report.ts';

/**
 * A claim about words rather than a read figure (a qualitative finding, a direction without a number, unreadable
 * digits): no value, unit, entity, metric, window, direction, hedge, fact or source unless `partial` sets them;
 * `unsupported` with an empty reason by default.
 */
export function blankClaim(partial: Pick<Claim, 'text' | 'span' | 'sentence'> & Partial<Claim>): Claim {
  return {
    value: null,
    unit: 'none',
    entity: null,
    metric: null,
    window: null,
    direction: null,
    hedge: null,
    verdict: 'unsupported',
    factId: null,
    expected: null,
    sourceUrl: null,
    reason: '',
    ...partial,
  };
}
