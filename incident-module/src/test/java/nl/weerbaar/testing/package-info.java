/**
 * Test support shared by the modules' tests through incident-module's test jar: the real PostgreSQL
 * their projection tests run against, and the matcher of refused commands their fixture tests use.
 */
package nl.weerbaar.testing;
