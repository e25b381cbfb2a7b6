package org.camove.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import org.camove.reporting.EnteredValue;
import org.junit.jupiter.api.Test;

/** How a bulk body becomes what the entry rules read: figures as sent, the indicator by code or id, malformed bodies refused. */
class BulkValuesReaderTest {

    @Test
    void figuresAreKeptAsSent_stringsToo_soThatTheRulesNameAMalformedOne_andUnknownMembersAreSkipped() {
        var posted = read("""
                {"source": {"system": "kobo", "ids": [1, 2]}, "values": [
                  {"indicator": "1.b", "version": 3, "value": 12.50, "fullyDisaggregated": true, "comment": "register",
                   "cells": {"AGE=0-17;SEX=F": {"value": 10}, "AGE=0-17;SEX=M": {"value": "2,5"}, "AGE=18-35;SEX=F": null},
                   "extra": [{"a": 1}]},
                  {"indicatorId": 42, "numerator": 45, "denominator": 6E1, "text": null, "score": "3"},
                  null
                ]}""");
        assertThat(posted).hasSize(3);
        var first = posted.get(0);
        assertThat(first.indicator()).isEqualTo("1.b");
        assertThat(first.indicatorId()).isNull();
        EnteredValue entered = first.entered(7);
        assertThat(entered.indicatorId()).isEqualTo(7);
        assertThat(entered.seenVersion()).isEqualTo(3L);
        assertThat(entered.total().value()).as("as sent, trailing zero and all").isEqualTo("12.50");
        assertThat(entered.fullyDisaggregated()).isTrue();
        assertThat(entered.comment()).isEqualTo("register");
        assertThat(entered.cells()).hasSize(3);
        assertThat(entered.cells().get("AGE=0-17;SEX=F").value()).isEqualTo("10");
        assertThat(entered.cells().get("AGE=0-17;SEX=M").value()).as("a string stays as typed, for the rules to name").isEqualTo("2,5");
        assertThat(entered.cells().get("AGE=18-35;SEX=F")).isEqualTo(new EnteredValue.Cell(null, null, null));

        var second = posted.get(1).entered(42);
        assertThat(posted.get(1).indicatorId()).isEqualTo(42L);
        assertThat(second.seenVersion()).isNull();
        assertThat(second.total().numerator()).isEqualTo("45");
        assertThat(second.total().denominator()).as("an exponent written out").isEqualTo("60");
        assertThat(second.score()).isEqualTo("3");
        assertThat(second.fullyDisaggregated()).isFalse();
        assertThat(second.cells()).isEmpty();
        assertThat(posted.get(2)).as("a null stays in its place, to be refused by it").isNull();
    }

    @Test
    void aBodyThatIsNotJsonOrNotOfThisShapeIsABadRequest() {
        for (String body : List.of("", "not json", "[]", "{}", "{\"values\": {}}", "{\"values\": [1]}", "{\"values\": [{\"version\": 1.5}]}",
                "{\"values\": [{\"indicatorId\": \"7\"}]}", "{\"values\": [{\"value\": [1]}]}", "{\"values\": [{\"cells\": [1]}]}",
                "{\"values\": [{\"indicator\": \"1.b\"", "{\"values\": []} {\"values\": []}", "{\"values\": []} x")) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(BulkValuesReader.Malformed.class);
        }
    }

    @Test
    void theBodyIsReadToItsEnd_trailingSpaceToo_soThatAFingerprintReadThroughItIsWhole() throws Exception {
        byte[] body = "{\"values\": [{\"indicatorId\": 7, \"value\": 3}]}  \n\n  ".getBytes(StandardCharsets.UTF_8);
        var digest = MessageDigest.getInstance("SHA-256");
        var through = new DigestInputStream(new ByteArrayInputStream(body), digest);

        assertThat(BulkValuesReader.read(through)).hasSize(1);

        assertThat(digest.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(body));
    }

    private static List<BulkValuesReader.Posted> read(String body) {
        return BulkValuesReader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
