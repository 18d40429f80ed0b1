package nl.mijnaansluiting.servicedesk.sandbox.wiring;

import org.springframework.beans.factory.FactoryBean;

/**
 * A second id for a bean that already exists, where one sandbox object stands in for two plugin beans
 * (DemoDirectory is both the customer and the staff directory). Define it with
 * {@code autowire-candidate="false"}, so that lookups by type still find the one bean.
 */
public final class SameInstance implements FactoryBean<Object> {

    private final Object bean;

    public SameInstance(Object bean) {
        this.bean = bean;
    }

    @Override
    public Object getObject() {
        return bean;
    }

    @Override
    public Class<?> getObjectType() {
        return bean.getClass();
    }

    @Override
    public boolean isSingleton() {
        return true;
    }
}
