package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import nl.mijnaansluiting.servicedesk.escalation.DeskActionDelivery;
import nl.mijnaansluiting.servicedesk.escalation.EscalationSweep;
import nl.mijnaansluiting.servicedesk.escalation.NotificationDelivery;
import nl.mijnaansluiting.servicedesk.workflow.IssueIntake;
import nl.mijnaansluiting.servicedesk.sla.ClockReplanning;
import org.junit.Test;
import org.mockito.InOrder;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The job in Jira: under the cluster lock, the re-plans owed first, then the sweep, then what its committed firings do to the issues, then mail. */
public class EscalationJobTest {

    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final EscalationSweep sweep = mock(EscalationSweep.class);
    private final DeskActionDelivery deskActions = mock(DeskActionDelivery.class);
    private final NotificationDelivery delivery = mock(NotificationDelivery.class);
    private final IssueIntake intake = mock(IssueIntake.class);
    private final ClockReplanning replanning = mock(ClockReplanning.class);
    private final EscalationJob job = new EscalationJob(mock(SchedulerService.class), locks, sweep, deskActions, delivery, intake,
            replanning);

    @Test
    public void theIssuesChangeAfterTheSweepCommittedAndBeforeTheMailGoesOut() {
        when(locks.getLockForName(EscalationJob.NAME)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);
        when(sweep.sweep()).thenReturn(new EscalationSweep.Result(3, 2, 0));
        when(replanning.run()).thenReturn(new ClockReplanning.Result(4, 1, 0));
        job.runJob(mock(JobRunnerRequest.class));
        InOrder order = inOrder(lock, replanning, sweep, deskActions, delivery);
        order.verify(lock).tryLock();
        // Clocks follow a changed calendar first, so the sweep fires on the moved moments.
        order.verify(replanning).run();
        order.verify(sweep).sweep();
        order.verify(deskActions).apply();
        order.verify(delivery).deliver();
        order.verify(lock).unlock();
    }

    @Test
    public void anotherNodeSweepingMeansNothingIsAppliedHere() {
        when(locks.getLockForName(EscalationJob.NAME)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(false);
        job.runJob(mock(JobRunnerRequest.class));
        verify(sweep, never()).sweep();
        verify(replanning, never()).run();
        verify(deskActions, never()).apply();
    }

    @Test
    public void aFailingReplanDoesNotKeepTheSweepFromRunning() {
        when(locks.getLockForName(EscalationJob.NAME)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);
        when(replanning.run()).thenThrow(new IllegalStateException("database gone for a moment"));
        when(sweep.sweep()).thenReturn(new EscalationSweep.Result(0, 0, 0));
        job.runJob(mock(JobRunnerRequest.class));
        verify(sweep).sweep();
        verify(lock).unlock();
    }
}
