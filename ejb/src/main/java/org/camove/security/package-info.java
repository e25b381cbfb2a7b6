/**
 * Who may do what: user accounts, their roles and organisation, their language, and the bcrypt
 * hashes that WildFly's Elytron JDBC realm checks at login (config/cli/security.cli).
 */
package org.camove.security;
