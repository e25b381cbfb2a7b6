/**
 * The run command ({@code mvn -Prun verify}) and the embedded database it and the tests share.
 * Compiled with the ear module but never packaged into the EAR.
 */
package org.camove.run;
