package nl.mijnaansluiting.servicedesk.sandbox.wiring;

import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.parsing.BeanComponentDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Element;

/**
 * Gemini Blueprint's {@code osgi:} elements of plugin-context.xml outside OSGi (registered in
 * META-INF/spring.handlers; the schema the sandbox reads them by is gemini-blueprint-sandbox.xsd
 * beside this class, registered in META-INF/spring.schemas, so the file is validated offline).
 * <ul>
 *   <li>{@code <osgi:reference id="X" interface="I"/>}: bean X is the sandbox host's one bean of type I
 *       ({@link HostReference}), looked up lazily: a reference that no bean needs after the sandbox's
 *       replacements never has to be answered, as Jira's services the sandbox does not emulate.</li>
 *   <li>{@code <osgi:service ref="B" interface="I"/>}: in Jira this publishes bean B to the OSGi service
 *       registry for Jira to call (escalationJob as SAL LifecycleAware: onStart schedules the sweep). The
 *       sandbox has no registry and nothing that would call it: its own scheduler replaces escalationJob
 *       (SandboxContext.REPLACED). So the sandbox publishes nothing: the element becomes an
 *       {@link UnpublishedService} bean, so that a {@code ref} naming no bean still fails start-up.</li>
 * </ul>
 */
public final class BlueprintNamespaceHandler extends NamespaceHandlerSupport {

    public static final String NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", new ReferenceParser());
        registerBeanDefinitionParser("service", new ServiceParser());
    }

    private static final class ReferenceParser implements BeanDefinitionParser {
        @Override
        public BeanDefinition parse(Element element, ParserContext parserContext) {
            String id = element.getAttribute("id");
            String interfaceName = element.getAttribute("interface");
            Class<?> type;
            try {
                type = ClassUtils.forName(interfaceName, parserContext.getReaderContext().getBeanClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                parserContext.getReaderContext().error("osgi:reference '" + id + "': interface " + interfaceName
                        + " is not on the sandbox's class path (declare it in jira-compat)", element, e);
                return null;
            }
            RootBeanDefinition definition = new RootBeanDefinition(HostReference.class);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, id);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(1, type);
            // Known without creating the factory, so type lookups never answer a reference early.
            definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, type);
            definition.setLazyInit(true);
            definition.setSource(parserContext.extractSource(element));
            definition.setResourceDescription(parserContext.getReaderContext().getResource().getDescription());
            parserContext.registerBeanComponent(new BeanComponentDefinition(definition, id));
            return null;
        }
    }

    private static final class ServiceParser implements BeanDefinitionParser {
        @Override
        public BeanDefinition parse(Element element, ParserContext parserContext) {
            String ref = element.getAttribute("ref");
            String id = element.hasAttribute("id") ? element.getAttribute("id")
                    : parserContext.getReaderContext().generateBeanName(new RootBeanDefinition(UnpublishedService.class));
            RootBeanDefinition definition = new RootBeanDefinition(UnpublishedService.class);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference(ref));
            definition.getConstructorArgumentValues().addIndexedArgumentValue(1, element.getAttribute("interface"));
            definition.setSource(parserContext.extractSource(element));
            definition.setResourceDescription(parserContext.getReaderContext().getResource().getDescription());
            parserContext.registerBeanComponent(new BeanComponentDefinition(definition, id));
            return null;
        }
    }

    /** What an {@code osgi:service} is in the sandbox: the bean it names, published to nobody. */
    public static final class UnpublishedService {

        private final String interfaceName;

        public UnpublishedService(Object service, String interfaceName) {
            this.interfaceName = interfaceName;
        }

        @Override
        public String toString() {
            return "osgi:service " + interfaceName + " (not published in the sandbox)";
        }
    }
}
