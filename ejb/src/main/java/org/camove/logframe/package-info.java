/**
 * The results framework: a programme's logframe of results (goal, outcomes, outputs, activities,
 * or whatever levels the donor template names) and the indicators that measure them.
 * Programme is the aggregate root; results and indicators are read as one tree per programme.
 * The disaggregation categories indicators break down by are reference data that administrators keep
 * ({@link org.camove.logframe.DisaggregationCategories}); each category is the root of its options.
 */
package org.camove.logframe;
