package io.github.offlinedocker;

import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Plugin configuration as tests write it: an element with a value or children. */
public final class XmlElements {

    private XmlElements() {}

    public static Xpp3Dom element(String name, String value, Xpp3Dom... children) {
        Xpp3Dom dom = new Xpp3Dom(name);
        dom.setValue(value);
        for (Xpp3Dom child : children) {
            dom.addChild(child);
        }
        return dom;
    }
}
