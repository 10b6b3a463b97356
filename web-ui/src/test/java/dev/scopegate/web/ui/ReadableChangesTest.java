package dev.scopegate.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.scopes.audit.AuditChanges;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableChangesTest {

    @Test
    void changedValueShowsBeforeAndAfter() {
        List<String> lines = ReadableChanges.of(AuditChanges.create()
                .change("name", "a", "b")
                .change("enabled", true, false)
                .build());

        assertThat(lines).containsExactly("name: a → b", "enabled: true → false");
    }

    @Test
    void newValueShowsAloneAndRemovedValueBecomesNone() {
        List<String> lines = ReadableChanges.of(AuditChanges.create()
                .change("name", null, "sender")
                .change("owner", "admin", null)
                .build());

        assertThat(lines).containsExactly("name: sender", "owner: admin → (none)");
    }

    @Test
    void emptyTextShowsAsNone() {
        List<String> lines = ReadableChanges.of(AuditChanges.create()
                .change("description", null, "")
                .change("displayName", "", "Nora")
                .build());

        assertThat(lines).containsExactly("description: (none)", "displayName: (none) → Nora");
    }

    @Test
    void changedPasswordIsOnlySaidToHaveChanged() {
        List<String> lines = ReadableChanges.of(AuditChanges.create()
                .secretChanged("password")
                .build());

        assertThat(lines).containsExactly("password: changed");
    }

    @Test
    void changedListShowsWhatWasAddedAndRemoved() {
        List<String> lines = ReadableChanges.of(AuditChanges.create()
                .change("scopes", List.of("numbers:read", "sms:manage"),
                        List.of("numbers:read", "email:manage", "voice:manage"))
                .change("allowedIPs", List.of("10.0.0.0/8"), List.of())
                .build());

        assertThat(lines).containsExactly("scopes: added email:manage, voice:manage;"
                + " removed sms:manage", "allowedIPs: removed 10.0.0.0/8");
    }

    @Test
    void listReplacedByTextShowsBothSides() {
        List<String> lines = ReadableChanges.of(AuditChanges.create()
                .change("scopes", List.of("sms:manage"), "inherited")
                .change("roles", null, List.of())
                .build());

        assertThat(lines).containsExactly("scopes: sms:manage → inherited", "roles: (none)");
    }

    @Test
    void notesShowAsRecorded() {
        List<String> lines = ReadableChanges.of(Json.createObjectBuilder()
                .add("reason", "wrong password")
                .add("count", 4999)
                .add("otherAddresses", true)
                .add("detail", Json.createObjectBuilder().add("a", 1))
                .build());

        assertThat(lines).containsExactly("reason: wrong password", "count: 4999",
                "otherAddresses: true", "detail: {\"a\":1}");
    }

    @Test
    void emptyChangesGiveNoLines() {
        assertThat(ReadableChanges.of(AuditChanges.create().build())).isEmpty();
    }
}
