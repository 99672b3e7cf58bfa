/**
 * The application: assembles the modules into one Spring Boot process and owns what crosses them:
 * the database (embedded or external), the Axon event store, security, the page layout and the
 * translation of errors into answers.
 */
package nl.weerbaar.app;
