/**
 * Axon Framework on PostgreSQL without Axon Server: the JDBC event store and token store, Spring
 * transactions, the Jackson 3 serializer, pooled streaming processors, and the metadata that makes
 * every event traceable to its actor. See ../shared/STACK.md for why each bean is declared by hand.
 */
package nl.weerbaar.app.axon;
