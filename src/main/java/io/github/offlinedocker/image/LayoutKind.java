package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.function.Predicate;

/**
 * One kind of application as the layout chooser knows it: its name, as the {@code layout} parameter gives it,
 * whether a project calls for it when the user names no layout, and how its layout is made for a project. Each
 * layout class offers its kind, so that a new kind of application is one class and one entry in the chooser's
 * list.
 *
 * @param name    the layout's name
 * @param fits    whether the project calls for the layout; the chooser asks the kinds in its list's order
 * @param factory the layout for a project, failing naming the setting and the fix when the project cannot have it
 */
public record LayoutKind(String name, Predicate<LayoutProject> fits, Factory factory) {

    /** Makes a kind's layout for a project. */
    @FunctionalInterface
    public interface Factory {
        RuntimeLayout create(LayoutProject project) throws ConfigurationException;
    }

    /** The layout of this kind for {@code project}. */
    public RuntimeLayout create(LayoutProject project) throws ConfigurationException {
        return factory.create(project);
    }
}
