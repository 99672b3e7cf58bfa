/**
 * Running several application nodes on one PostgreSQL: each node's name (owner of its token claims and
 * background-job picks) and the table of live nodes, from which each node works out its fair share of
 * a projection's segments. Nothing here coordinates commands: the event store's unique index does.
 */
package nl.weerbaar.app.nodes;
