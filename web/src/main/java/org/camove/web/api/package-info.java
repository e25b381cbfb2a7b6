/**
 * camove's REST API ({@code /camove/api}): JSON for programmes, logframes, indicator definitions and computed
 * results, and for programme managers adding and restating logframe results; with the pages' roles and partner isolation (the services enforce both). Clients sign in with
 * HTTP Basic or use the browser's session; the OpenAPI document that describes every operation is
 * generated from these resources' annotations by the server (MicroProfile OpenAPI) and served without login.
 * The {@code json} records are what goes over the wire: texts, figures as exact decimals, quarters as
 * {@code 2026-Q1}.
 */
package org.camove.web.api;
