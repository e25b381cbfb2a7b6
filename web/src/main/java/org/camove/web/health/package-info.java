/**
 * Readiness for load balancers and orchestrators: {@code /camove/health/ready}. (MicroProfile Health
 * does not register checks that live in an EAR's modules, so camove answers this itself; the server's
 * own probes stay on the management port's {@code /health}.)
 */
package org.camove.web.health;
