/**
 * What the REST API needs of the services beyond the features' own: the answers of idempotent requests
 * ({@link org.camove.api.IdempotentRequests}), so a client may safely send a request again.
 */
package org.camove.api;
