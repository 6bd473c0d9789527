/**
 * Plumbing that several Flowbench bundles share and that is no API: reading contributions to an
 * extension point from a bundle's plugin.xml without the Equinox extension registry (which does not
 * run on Apache Felix). Exported only to the Flowbench bundles that read extension points.
 * <p>
 * {@link org.flowbench.model.internal.PluginXml} parses the file safely and finds the elements of
 * one extension point; {@link org.flowbench.model.internal.ContributedClass} loads and creates the
 * class an element names when it is first needed. Tracking bundles as they come and go stays with
 * each registry, which knows OSGi; this package knows only Java.
 */
package org.flowbench.model.internal;
