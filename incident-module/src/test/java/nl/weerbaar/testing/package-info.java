/**
 * Test support shared by the modules' tests through incident-module's test jar: the real PostgreSQL
 * their projection tests run against.
 */
package nl.weerbaar.testing;
