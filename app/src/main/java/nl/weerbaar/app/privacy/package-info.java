/**
 * Crypto-shredding: every field marked {@link nl.weerbaar.incident.api.PersonalData} is stored in the
 * event store (events and snapshots) encrypted with AES-GCM under a data key of its subject (an
 * incident, an official, a perpetrator profile). Data keys live apart from the events, wrapped by the
 * master key. Erasing a subject destroys its key: from then on its fields read as
 * {@code [gewist]} everywhere, and the events stay intact. Aggregates and projections see plain values.
 */
package nl.weerbaar.app.privacy;
