/** camove's pages: PrimeFaces views, their backing beans and the servlets that stream documents. */
package org.camove.web;
