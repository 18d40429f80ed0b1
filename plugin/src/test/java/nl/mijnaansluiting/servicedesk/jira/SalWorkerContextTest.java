package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.executor.ThreadLocalDelegateExecutorFactory;
import org.junit.Test;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class SalWorkerContextTest {

    private final ThreadLocalDelegateExecutorFactory executors = mock(ThreadLocalDelegateExecutorFactory.class);
    private final SalWorkerContext context = new SalWorkerContext(executors);

    @Test
    @SuppressWarnings("unchecked")
    public void theTaskIsWrappedOnTheHandingThreadAndTheWrapperRunsOnTheWorker() throws Exception {
        AtomicReference<String> wrappedOn = new AtomicReference<>();
        AtomicReference<String> ranOn = new AtomicReference<>();
        when(executors.createCallable(any())).thenAnswer(call -> {
            wrappedOn.set(Thread.currentThread().getName());
            Callable<Object> task = call.getArgument(0);
            return (Callable<Object>) () -> {
                ranOn.set(Thread.currentThread().getName());
                return task.call();
            };
        });
        Callable<String> work = () -> "done";
        Callable<String> handedOver = context.handOver(work);
        verify(executors).createCallable(work);
        assertEquals(Thread.currentThread().getName(), wrappedOn.get());
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "escalation-sweep-worker"));
        try {
            assertEquals("done", worker.submit(handedOver).get());
        } finally {
            worker.shutdownNow();
        }
        assertEquals("escalation-sweep-worker", ranOn.get());
    }

    @Test
    public void whatSalGivesBackIsWhatRuns() {
        Callable<String> wrapped = () -> "wrapped";
        when(executors.<String>createCallable(any())).thenReturn(wrapped);
        assertSame(wrapped, context.handOver(() -> "plain"));
    }
}
