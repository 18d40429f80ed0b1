package nl.mijnaansluiting.servicedesk.sandbox.wiring;

import nl.mijnaansluiting.servicedesk.text.Messages;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.spi.Container;
import org.junit.Test;
import org.springframework.context.support.GenericApplicationContext;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** HK2 builds resources from the Spring context's beans through @Inject constructors, and says when it cannot. */
public class RestResourcesTest {

    @Path("/with")
    public static class WithInject {
        final Messages messages;

        @Inject
        public WithInject(Messages messages) {
            this.messages = messages;
        }

        @GET
        public String get() {
            return "ok";
        }
    }

    @Path("/without")
    public static class WithoutInject {
        public WithoutInject(Messages messages) {
        }

        @GET
        public String get() {
            return "ok";
        }
    }

    @Path("/unknown")
    public static class NeedsAnUnknownBean {
        @Inject
        public NeedsAnUnknownBean(Messages messages, RestResourcesTest notABean) {
        }

        @GET
        public String get() {
            return "ok";
        }
    }

    @Test
    public void aResourceWithAnInjectConstructorIsBuiltFromTheBeans() {
        start(WithInject.class);
    }

    @Test
    public void aResourceWithoutInjectFailsTheStartNamingIt() {
        String message = startFails(WithoutInject.class);

        assertTrue(message, message.contains("REST resource " + WithoutInject.class.getName() + " cannot be built"));
        assertTrue(message, message.contains("Could not find a suitable constructor"));
    }

    @Test
    public void aResourceThatNeedsNoBeanOfTheContextFailsTheStartNamingTheType() {
        String message = startFails(NeedsAnUnknownBean.class);

        assertTrue(message, message.contains(NeedsAnUnknownBean.class.getName()));
        assertTrue(message, message.contains("requiredType=RestResourcesTest"));
    }

    private static String startFails(Class<?> resource) {
        try {
            start(resource);
            fail("started");
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private static void start(Class<?> resource) {
        GenericApplicationContext beans = new GenericApplicationContext();
        beans.registerBean("messages", Messages.class);
        beans.refresh();
        ApplicationHandler handler = new ApplicationHandler(new ResourceConfig(resource)
                .register(new SpringBeansBinder(beans.getBeanFactory())).register(RestResources.class));
        Container container = mock(Container.class);
        when(container.getApplicationHandler()).thenReturn(handler);
        when(container.getConfiguration()).thenReturn(handler.getConfiguration());
        handler.onStartup(container);
        beans.close();
    }
}
