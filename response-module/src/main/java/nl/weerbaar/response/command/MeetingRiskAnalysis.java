package nl.weerbaar.response.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.weerbaar.incident.api.Texts;
import nl.weerbaar.response.api.MeetingRiskAnalysisId;
import nl.weerbaar.response.api.MeetingRiskAnalysisRecorded;
import nl.weerbaar.response.api.RecordMeetingRiskAnalysis;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The risk analysis before a public participation or information meeting. It stands alone, without
 * an incident: it is made so that none happens. A new insight is a new analysis, so it has no later life.
 */
@Aggregate
class MeetingRiskAnalysis {

    @AggregateIdentifier
    private MeetingRiskAnalysisId analysisId;

    MeetingRiskAnalysis() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    MeetingRiskAnalysis(RecordMeetingRiskAnalysis command, Clock clock) {
        Decisions.requireCaseHandler(command.recordedBy());
        Decisions.refuseIfAny(command.violations());
        apply(new MeetingRiskAnalysisRecorded(command.analysisId(), command.meetingKind(),
                Texts.normalize(command.meetingName()), command.meetingOn(), Texts.normalize(command.risksFound()),
                Texts.normalize(command.measuresTaken()), command.officials(), command.recordedBy(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(MeetingRiskAnalysisRecorded event) {
        analysisId = event.analysisId();
    }
}
