/**
 * The read side of communication: the {@code communication} projection (tables
 * {@code communication_decisions} and {@code falsehood_corrections}, rebuilt by replay, scrubbed on an
 * incident's erasure), {@code CommunicationDecisions} and {@code FalsehoodCorrections} to read them,
 * and {@code Briefings}, which composes the anonymised {@code PartyLeadersBriefing} from this module's
 * decisions and the incident and response modules' api queries. The projection is sequenced per incident
 * ({@code CommunicationProcessing}).
 */
package nl.weerbaar.communication.query;
