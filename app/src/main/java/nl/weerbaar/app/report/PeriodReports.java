package nl.weerbaar.app.report;

import java.time.ZoneId;
import nl.weerbaar.app.privacy.PersonalDataProtection;
import nl.weerbaar.app.report.calculation.EventHistory;
import nl.weerbaar.app.report.calculation.PeriodReport;
import nl.weerbaar.app.report.calculation.ReportCalculator;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Computes period reports from the event store as of a moment; who may read them. */
@Component
public class PeriodReports {

    private final EventHistory history;
    private final ZoneId zone;
    private final int informWithinWorkingDays;

    /** @param informWithinWorkingDays the aftercare module's deadline for passing a case update on */
    PeriodReports(JdbcTemplate jdbc, TransactionTemplate transactions,
            @Qualifier("eventSerializer") Serializer eventSerializer, PersonalDataProtection protection,
            Configuration axon, @Value("${weerbaar.time-zone:Europe/Amsterdam}") String zone,
            @Value("${weerbaar.aftercare.inform-within-working-days:5}") int informWithinWorkingDays) {
        this.history = new EventHistory(jdbc, transactions, protection.withoutPersonalData(eventSerializer),
                axon.upcasterChain());
        this.zone = ZoneId.of(zone);
        this.informWithinWorkingDays = informWithinWorkingDays;
    }

    public PeriodReport compute(ReportRequest request) {
        ReportCalculator calculator = new ReportCalculator(request.from(), request.to(), zone,
                informWithinWorkingDays);
        history.replay(request.asOf(), calculator.eventTypes(), calculator::on);
        return calculator.report(request.asOf());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The mayor, the clerk, the secretary and the council (reviewing) read the anonymised reports. */
    public static boolean mayRead(Role role) {
        return role == Role.MAYOR || role == Role.CLERK || role == Role.MUNICIPAL_SECRETARY
                || role == Role.COUNCIL_REVIEWER;
    }

    public static void requireReader(Caller caller) {
        if (!mayRead(caller.role())) {
            throw new NotPermittedException(
                    "Alleen de burgemeester, de griffier, de gemeentesecretaris en de raad zien de rapportages.");
        }
    }
}
