/**
 * Build-time tooling that compiles the JRXML templates to {@code .jasper} files, so nothing compiles reports at run time.
 */
package org.camove.reports.build;
