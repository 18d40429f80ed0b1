package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import nl.mijnaansluiting.servicedesk.escalation.DeskActionDelivery;
import nl.mijnaansluiting.servicedesk.escalation.EscalationSweep;
import nl.mijnaansluiting.servicedesk.escalation.NotificationDelivery;
import nl.mijnaansluiting.servicedesk.workflow.IssueIntake;
import nl.mijnaansluiting.servicedesk.sla.ClockReplanning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;

/**
 * The escalation sweep in Jira, after the re-plans owed to clocks whose calendar or goals changed: a job every minute, once per cluster, and under a cluster lock so a
 * run that overlaps the next (a slow database) never runs twice at once. The sweep's unique firing key
 * is what makes each step fire once even so; the lock keeps nodes from doing the same work.
 */
public class EscalationJob implements JobRunner, LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationJob.class);
    /** The job's, its runner's and its lock's name; keys are made when Jira runs (their classes come from Jira). */
    static final String NAME = "nl.mijnaansluiting.servicedesk.escalation-sweep";
    private static final long EVERY_MINUTE = 60_000L;

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final EscalationSweep sweep;
    private final DeskActionDelivery deskActions;
    private final NotificationDelivery delivery;
    private final IssueIntake intake;
    private final ClockReplanning replanning;

    /**
     * @param replanning clocks following changed calendars and goals, run first under the same lock so the sweep
     *                   fires on the moved moments
     */
    public EscalationJob(SchedulerService scheduler, ClusterLockService locks, EscalationSweep sweep, DeskActionDelivery deskActions,
                         NotificationDelivery delivery, IssueIntake intake,
                         ClockReplanning replanning) {
        this.intake = intake;
        this.scheduler = scheduler;
        this.locks = locks;
        this.sweep = sweep;
        this.deskActions = deskActions;
        this.delivery = delivery;
        this.replanning = replanning;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(JobRunnerKey.of(NAME), this);
        try {
            scheduler.scheduleJob(JobId.of(NAME), JobConfig.forJobRunnerKey(JobRunnerKey.of(NAME)).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(EVERY_MINUTE, new Date(System.currentTimeMillis() + EVERY_MINUTE))));
        } catch (SchedulerServiceException e) {
            LOG.error("The escalation sweep could not be scheduled; escalations will not fire: {}", e.getMessage());
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(NAME));
    }

    /** A re-plan that fails here is tried again next minute; the sweep must run all the same. */
    private ClockReplanning.Result replan() {
        try {
            return replanning.run();
        } catch (RuntimeException e) {
            LOG.warn("Re-planning clocks after a configuration change failed, tried again next run: {}", e.getMessage());
            return new ClockReplanning.Result(0, 0, 0);
        }
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ClusterLock lock = locks.getLockForName(NAME);
        if (!lock.tryLock()) {
            return JobRunnerResponse.success("another node is sweeping");
        }
        try {
            ClockReplanning.Result replanned = replan();
            // Requests whose post-function did not finish first, so their clocks are swept in the same run.
            int repaired = intake.repairPending();
            EscalationSweep.Result result = sweep.sweep();
            // What the committed firings do to the issues, after their commit: hand-overs and comments.
            int applied = deskActions.apply();
            int sent = delivery.deliver();
            return JobRunnerResponse.success(repaired + " requests repaired, " + replanned.changed() + " clocks re-planned, " + result.fired() + " steps fired, " + applied + " issue changes applied, " + sent
                    + " notifications sent");
        } catch (RuntimeException e) {
            LOG.warn("Escalation sweep failed: {}", e.getMessage());
            return JobRunnerResponse.failed(e);
        } finally {
            lock.unlock();
        }
    }
}
