package nl.weerbaar.response.api;

/** The setting chosen for a conversation where intimidation is expected. */
public record ConversationSetting(String location, String room, boolean twoPersonsPresent) {
}
