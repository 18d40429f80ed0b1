package nl.mijnaansluiting.servicedesk.sandbox.wiring;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Offers every bean of the Spring context to HK2, under its class, superclasses and interfaces, as Jira's
 * REST v2 offers a plugin's beans to the resources it builds: HK2 then constructs each resource through
 * its {@code @Inject} constructor (Jersey 2.48's HK2 reads {@code javax.inject}). Each type is looked up
 * in Spring when it is injected, by Spring's rules: where several beans have the type, the one autowire
 * candidate, else Spring's "no unique bean" error; a lazy {@code osgi:reference} is answered only then.
 */
public final class SpringBeansBinder extends AbstractBinder {

    private final ListableBeanFactory beans;

    public SpringBeansBinder(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void configure() {
        for (Class<?> type : types()) {
            bindFactory((Supplier) new Lookup(beans, type)).to((Class) type);
        }
    }

    /** The types of all beans, without Object and the JDK's interfaces (AutoCloseable, Serializable, ...). */
    Set<Class<?>> types() {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (String name : beans.getBeanNamesForType(Object.class, true, false)) {
            Class<?> type = beans.getType(name, false);
            if (type == null) {
                continue;
            }
            for (Class<?> candidate : ClassUtils.getAllInterfacesForClassAsSet(type)) {
                if (!candidate.getName().startsWith("java.")) {
                    types.add(candidate);
                }
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                types.add(c);
            }
        }
        return types;
    }

    private static final class Lookup implements Supplier<Object> {

        private final ListableBeanFactory beans;
        private final Class<?> type;

        Lookup(ListableBeanFactory beans, Class<?> type) {
            this.beans = beans;
            this.type = type;
        }

        @Override
        public Object get() {
            return beans.getBean(type);
        }
    }
}
