package nl.weerbaar.app.report.calculation;

import java.util.Set;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentReported;

/** Incidents reported in the period by the channel the behaviour came through. */
final class ChannelFigure implements ReportFigure {

    private final Tally tally = new Tally();

    ChannelFigure() {
        for (Channel channel : Channel.values()) {
            tally.category(channel.name(), "channel." + channel.name());
        }
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(IncidentReported.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        IncidentReported reported = (IncidentReported) event;
        tally.add(reported.channel().name(), context.periods().indexOf(reported.reportedAt()),
                reported.officialKind().ordinal());
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        report.counts("channel", tally);
    }
}
