package nl.weerbaar.app.audit;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the protocol checks look for in the events, as settings: the modules name their facts, and a
 * module added later needs at most a setting here, never code ({@link ProtocolChecks}). The working days
 * allowed to pass a case update on are the aftercare module's own setting, so the check and the
 * aftercare overview never disagree on when an update is overdue.
 */
@Configuration(proxyBeanMethods = false)
class ProtocolRulesConfiguration {

    @Bean
    ProtocolChecks.Rules protocolRules(
            @Value("${weerbaar.audit.protocol.vpt-types:POLICE_REPORT,CRIMINAL_COMPLAINT}") List<String> vptTypes,
            @Value("${weerbaar.audit.protocol.registered-fact:registered}") String registered,
            @Value("${weerbaar.audit.protocol.case-update-id-fact:caseUpdateId}") String caseUpdateId,
            @Value("${weerbaar.audit.protocol.informed-at-fact:informedAt}") String informedAt,
            @Value("${weerbaar.audit.protocol.case-update-date-facts:date,receivedOn,updateDate}") List<String> dates,
            @Value("${weerbaar.aftercare.inform-within-working-days:5}") int workingDays, Clock clock) {
        return new ProtocolChecks.Rules(Set.copyOf(vptTypes), registered, caseUpdateId, informedAt, List.copyOf(dates),
                workingDays, clock.getZone());
    }
}
