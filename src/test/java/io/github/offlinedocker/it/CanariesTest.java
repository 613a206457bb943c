package io.github.offlinedocker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanariesTest {

    @Test
    void forms_eachFormOfTheSecret() {
        Map<String, byte[]> forms = Canaries.forms("repo", "bot", "p@ss:w=rd/1");
        assertEquals("p@ss:w=rd/1", new String(forms.get("repo/plain")));
        assertEquals("p%40ss%3Aw%3Drd%2F1", new String(forms.get("repo/url-encoded")));
        assertEquals("Ym90OnBAc3M6dz1yZC8x", new String(forms.get("repo/basic-auth")));
        assertEquals("p@ss\\:w\\=rd/1", new String(forms.get("repo/properties-escaped")));
        assertTrue(new String(forms.get("repo/resolver-digest")).matches("[0-9a-f]{40}"),
                new String(forms.get("repo/resolver-digest")));
    }

    @Test
    void foundInText_namesOnlyTheFormsPresent() {
        Map<String, byte[]> forms = Canaries.forms("repo", "bot", "s3cr3t");
        String digest = new String(forms.get("repo/resolver-digest"));
        assertEquals(Set.of("repo/plain", "repo/resolver-digest"),
                Canaries.foundInText("url=https://x/ s3cr3t key." + digest + ".lastUpdated", forms));
        assertEquals(Set.of(), Canaries.foundInText("nothing here", forms));
    }
}
