package nl.mijnaansluiting.servicedesk.sandbox.wiring;

import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

import javax.ws.rs.Path;

/**
 * Builds one instance of every REST resource class as soon as Jersey has started, the way it builds
 * them for a call (HK2, through the {@code @Inject} constructor, from the beans of {@link SpringBeansBinder}),
 * so that a resource that cannot be built fails the sandbox's start, naming the class, and not its first
 * call to that resource.
 */
public final class RestResources implements ContainerLifecycleListener {

    @Override
    public void onStartup(Container container) {
        InjectionManager injection = container.getApplicationHandler().getInjectionManager();
        for (Class<?> resource : container.getConfiguration().getClasses()) {
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            try {
                injection.createAndInitialize(resource);
            } catch (RuntimeException e) {
                throw new IllegalStateException("REST resource " + resource.getName() + " cannot be built the way REST v2"
                        + " builds it (HK2, through its @javax.inject.Inject constructor, from the plugin's beans): "
                        + e.getMessage(), e);
            }
        }
    }

    @Override
    public void onReload(Container container) {
        onStartup(container);
    }

    @Override
    public void onShutdown(Container container) {
        // nothing to release
    }
}
