/**
 * Where the data lives: an embedded PostgreSQL in a persistent directory when no database is
 * configured (the demo and development path), otherwise the PostgreSQL named by
 * {@code SPRING_DATASOURCE_URL} (production).
 */
package nl.weerbaar.app.database;
