/**
 * The aggregation engine: how partners' quarterly indicator values become the figures every dashboard,
 * IPTT, API answer and donor report shows — actual per quarter, total to date, target to date, % of
 * target, on-track status, flags and disaggregated subtotals — for a scope (whole programme, a country's
 * partners, one partner) and a period range. Plain Java, no persistence or container: it owns the rules,
 * not the data. {@link org.camove.indicators.aggregation.AggregationEngine} is the entry point.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>Totals are always computed from the values themselves; no running sum is ever stored or read, so
 *     editing an earlier quarter changes exactly the figures that depend on it.</li>
 * <li>Each partner's series is reduced by the time rule first, then partners are combined by the partner
 *     rule (for totals to date and for every quarter alike).</li>
 * <li>Over time: {@code SUM} adds the quarters in range; {@code CUMULATIVE} takes the partner's latest value
 *     up to the quarter (a skipped quarter carries the latest value forward, including a value from before
 *     the range: a running total since the start of the programme does not vanish because a view starts
 *     later); a lower value than the partner's previous one is flagged and still used; {@code LATEST} the
 *     latest value in range; {@code MAX} the highest; {@code AVERAGE} the mean over quarters that have a value.</li>
 * <li>Across partners: {@code SUM}, {@code AVERAGE} (over partners with a figure), {@code MAX}.
 *     Percentages ignore the partner rule and always pool: Σnumerator / Σdenominator. Over time the rule
 *     applies to numerators and denominators (SUM adds both, CUMULATIVE/LATEST take the latest pair,
 *     AVERAGE takes the mean of each), never to percentages; MAX takes the quarter with the highest
 *     percentage, pair and all. A zero denominator gives no value, not an exception.</li>
 * <li>Milestones ({@code YES_NO}, 1/0) are judged on their latest counted answer in range whatever time rule is
 *     configured; across partners the partner rule applies to the 1/0 answers (SUM: how many partners
 *     reached it; MAX: whether any did; AVERAGE: the share that did). Qualitative indicators have no
 *     numeric total: each partner's latest text and score are reported.</li>
 * <li>Targets: a SUM indicator's target to date is the sum of the quarters' targets in range; any other's is
 *     the target of the latest quarter that has one, never a sum (see {@code ScopeTargets} for partner targets).
 *     The life-of-programme target and the baseline are reported as they are.</li>
 * <li>Only {@code APPROVED} values count unless the scope includes pending ones; then a pending revision
 *     replaces the approved value of the same partner and quarter.</li>
 * <li>Disaggregation: subtotals per cell and per category option come only from cells at the most detailed
 *     level, added up per partner and quarter, then aggregated like the totals. A total without a full
 *     breakdown still counts in totals and is flagged; cells claimed complete that do not add up are flagged.
 *     A cell missing from a quarter is treated like a skipped quarter for that cell.</li>
 * <li>Precision: BigDecimal throughout; only divisions round (34 significant digits); % of target has one
 *     decimal, HALF_UP, and the status is judged on that reported figure.</li>
 * </ul>
 *
 * <h2>How the database feeds it</h2>
 * The engine never needs all of a programme's values at once. A repository is expected to run one query
 * per screen or report, e.g. for the IPTT:
 * <pre>
 *   SELECT v.indicator_id, v.partner_id, v.year, v.quarter, v.state, v.value, v.numerator, v.denominator,
 *          v.text, v.score, v.fully_disaggregated, c.option_codes, c.value, c.numerator, c.denominator
 *   FROM indicator_value v LEFT JOIN indicator_value_cell c ON c.value_id = v.id
 *   WHERE v.programme_id = ? AND v.partner_id IN (scope) AND (v.year, v.quarter) &lt;= (range end)
 *     AND ((v.year, v.quarter) &gt;= (range start) OR indicator is CUMULATIVE)  -- only the latest earlier row is needed
 *     AND (v.state = 'APPROVED' OR :includePending)
 *   ORDER BY v.indicator_id, v.partner_id, v.year, v.quarter
 * </pre>
 * and stream the rows (JPA {@code getResultStream()} or JDBC with a fetch size), turning consecutive rows of
 * one value into one {@link org.camove.indicators.aggregation.PeriodValue} and starting a new
 * {@link org.camove.indicators.aggregation.IndicatorAggregation} whenever the indicator changes.
 * Memory then holds one partner's series of one indicator plus one accumulator per quarter and subtotal;
 * values before the range, after it, pending or outside the scope are dropped on arrival. Rows may equally be
 * pre-aggregated per partner and quarter in SQL (e.g. cells summed per location); the engine only requires at
 * most one value per partner, quarter and state.
 */
package org.camove.indicators.aggregation;
