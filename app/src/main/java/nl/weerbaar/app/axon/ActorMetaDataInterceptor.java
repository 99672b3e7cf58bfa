package nl.weerbaar.app.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.weerbaar.app.security.WeerbaarUser;
import nl.weerbaar.incident.api.CommandMetaData;
import nl.weerbaar.incident.api.ConcernsOfficial;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every command with who sent it (username and role, or {@value CommandMetaData#SYSTEM}) and
 * the official it concerns. Axon copies these keys onto every event the command causes.
 */
class ActorMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(actorOf(command));
    }

    private static Map<String, Object> actorOf(CommandMessage<?> command) {
        Map<String, Object> metaData = new HashMap<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof WeerbaarUser user) {
            metaData.put(CommandMetaData.ACTOR, user.getUsername());
            metaData.put(CommandMetaData.ACTOR_ROLE, user.role().name());
        } else {
            metaData.put(CommandMetaData.ACTOR, CommandMetaData.SYSTEM);
            metaData.put(CommandMetaData.ACTOR_ROLE, CommandMetaData.SYSTEM);
        }
        if (command.getPayload() instanceof ConcernsOfficial concerning && concerning.officialId() != null) {
            metaData.put(CommandMetaData.ON_BEHALF_OF, concerning.officialId().toString());
        }
        return metaData;
    }
}
