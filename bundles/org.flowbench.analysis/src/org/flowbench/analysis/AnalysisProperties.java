package org.flowbench.analysis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Describes an {@link Analysis} registered with Declarative Services, as service properties
 * ({@code flowbench.analysis.id}, ...), so that the registry reads the descriptor without
 * activating the component:
 *
 * <pre>
 * &#64;Component(service = Analysis.class)
 * &#64;AnalysisProperties(id = "long-flows", name = "Long flows", description = "...", resultKind = "table",
 *         parameters = "min;duration;10m;Minimum duration;Flows at least this long")
 * public class LongFlows implements Analysis { ... }
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AnalysisProperties {

    /** The prefix of the service property names. */
    String PREFIX_ = "flowbench.analysis.";

    String id();

    String name();

    String description();

    /** One of {@code time-series}, {@code ranking}, {@code table}, {@code findings}. */
    String resultKind();

    /** Parameters in the form {@link ParameterDescriptor#parse(String)} reads. */
    String[] parameters() default {};
}
