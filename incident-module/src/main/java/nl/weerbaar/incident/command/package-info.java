/**
 * The decision side of the incident module: the {@code Incident} and {@code Official} aggregates and
 * the services that hand them what they may not make themselves (the clock, reference numbers,
 * an official's kind). Everything here is package-private: other code reaches it only by sending
 * commands from {@link nl.weerbaar.incident.api}.
 */
package nl.weerbaar.incident.command;
