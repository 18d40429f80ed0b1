package nl.mijnaansluiting.servicedesk.sandbox.wiring;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One {@code osgi:reference} of plugin-context.xml: answered, when a bean first needs it, by the one bean
 * of the reference's interface that is not itself a reference (a host bean of sandbox-context.xml). In Jira
 * the answer is the OSGi service Jira exports; the sandbox fails here, naming the interface, where Jira's
 * service has no stand-in in the sandbox.
 */
public final class HostReference implements FactoryBean<Object>, BeanFactoryAware {

    private final String id;
    private final Class<?> type;
    private ListableBeanFactory beans;

    public HostReference(String id, Class<?> type) {
        this.id = id;
        this.type = type;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        beans = (ListableBeanFactory) beanFactory;
    }

    @Override
    public Object getObject() {
        Set<String> references = Set.of(Arrays.stream(beans.getBeanNamesForType(HostReference.class, true, false))
                .map(BeanFactoryUtils::transformedBeanName).toArray(String[]::new));
        List<String> hosts = new ArrayList<>();
        for (String name : beans.getBeanNamesForType(type, true, false)) {
            if (!references.contains(name)) {
                hosts.add(name);
            }
        }
        if (hosts.isEmpty()) {
            throw new NoSuchBeanDefinitionException(type, "osgi:reference '" + id + "' needs the host's "
                    + type.getName() + ", and the sandbox has no bean of that interface: in Jira it is Jira's"
                    + " service. Add a stand-in to sandbox-context.xml, or replace the plugin bean that needs it"
                    + " (SandboxContext.REPLACED)");
        }
        if (hosts.size() > 1) {
            throw new NoUniqueBeanDefinitionException(type, hosts);
        }
        return beans.getBean(hosts.get(0));
    }

    @Override
    public Class<?> getObjectType() {
        return type;
    }

    @Override
    public boolean isSingleton() {
        return true;
    }
}
