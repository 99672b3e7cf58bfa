package nl.weerbaar.incident.web;

import nl.weerbaar.incident.api.OfficialKind;

/** The JSON body of {@code POST /api/officials}. */
record OfficialRequest(String name, OfficialKind kind) {
}
